"""The hand-written runtime of the generated SDK: HTTP, retries, errors, pages, uploads, webhooks, streams.

Copied verbatim into the package as ``_runtime``; generated modules hold only data and one-line methods that call it.
Not a public API: import from the package itself.
"""
