module github.com/burki-ai/burki-go

go 1.23
