// Search over the documents the generator wrote (search-index.json), indexed here with MiniSearch: the options both
// the site and the tests use, so what the tests rank is what readers get.

/** Titles weigh most, then the words of operation ids and type names, then summaries and routes. */
export const SEARCH_OPTIONS = {
  boost: { title: 4, keywords: 3, text: 1 },
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
  // Operations answer "verb noun" queries; types and guide sections come after them at equal relevance.
  boostDocument: (_id, _term, stored) => (stored && stored.kind === 'operation' ? 1.5 : 1),
};

/** Indexes the search data ({ options, documents }) in a new MiniSearch instance. */
export function loadIndex(MiniSearch, data) {
  const index = new MiniSearch(data.options);
  index.addAll(data.documents);
  return index;
}

/** The first results of a query, as stored fields with an id (the page path and anchor, from the site root). */
export function search(miniSearch, query, limit = 12) {
  return miniSearch.search(query, SEARCH_OPTIONS).slice(0, limit);
}
