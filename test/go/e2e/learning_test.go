package e2e

import (
	"errors"
	"testing"

	burki "github.com/burki-ai/burki-go"
)

func TestMemories(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	scope := burki.MemoryScopeCaller
	memory := must[*burki.Memory](t, "create")(client.Memories.Create(ctx, &burki.CreateMemoryParams{Fact: "Go: prefers mornings", MemoryScope: &scope}))
	if memory.ID == 0 || memory.Fact != "Go: prefers mornings" {
		t.Fatalf("memory = %+v", memory)
	}
	if got := must[*burki.Memory](t, "get")(client.Memories.Get(ctx, memory.ID)); got.Fact != memory.Fact {
		t.Fatalf("get = %+v", got)
	}
	if updated := must[*burki.Memory](t, "update")(client.Memories.Update(ctx, memory.ID, &burki.UpdateMemoryParams{Fact: burki.String("prefers evenings")})); updated.Fact != "prefers evenings" {
		t.Fatalf("update = %+v", updated)
	}
	found := false
	for _, each := range collect(t, client.Memories.ListAutoPaging(ctx, &burki.ListMemoriesParams{Limit: burki.Int(1)})) {
		found = found || each.ID == memory.ID
	}
	if !found {
		t.Fatal("limit/offset walk missed the new memory")
	}
	must[*burki.MemorySearchResult](t, "search")(client.Memories.Search(ctx, &burki.SearchMemoriesParams{Query: "evenings"}))
	must[*burki.ActionAcknowledgement](t, "delete")(client.Memories.Delete(ctx, memory.ID))
	var notFound *burki.NotFoundError
	if _, err := client.Memories.Get(ctx, memory.ID); !errors.As(err, &notFound) {
		t.Fatalf("get after delete: %v", err)
	}
}

func TestPromptVersionsEvalsTracesAndLearning(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	version := must[*burki.PromptVersionDetail](t, "create version")(client.PromptVersions.Create(ctx, 42, &burki.CreatePromptVersionParams{SystemPrompt: "Be brief."}))
	if version.ID == 0 {
		t.Fatalf("version = %+v", version)
	}
	if versions := must[[]burki.PromptVersion](t, "versions")(client.PromptVersions.List(ctx, 42, nil)); len(versions) == 0 {
		t.Fatal("no versions")
	}
	must[*burki.ActionAcknowledgement](t, "approve")(client.PromptVersions.Approve(ctx, 42, version.ID, &burki.ApprovePromptVersionParams{ApprovalNotes: burki.String("ok")}))
	must[*burki.ActionAcknowledgement](t, "canary")(client.PromptVersions.StartCanary(ctx, 42, version.ID, burki.Float(10)))
	must[*burki.ActionAcknowledgement](t, "rollback")(client.PromptVersions.Rollback(ctx, 42, version.ID, "regressed"))

	dataset := must[*burki.EvalDataset](t, "dataset")(client.Evals.CreateDataset(ctx, 42, &burki.CreateEvalDatasetParams{Name: "golden"}))
	evalCase := must[*burki.EvalCase](t, "case")(client.Evals.CreateCase(ctx, 42, dataset.ID, &burki.CreateEvalCaseParams{
		Conversation:     []burki.LearningConversationTurn{{Role: burki.String("user"), Content: burki.String("Hi")}},
		ExpectedResponse: burki.EvalExpectedResponse{ShouldContain: []string{"Hi"}},
	}))
	if evalCase.ID == 0 {
		t.Fatalf("case = %+v", evalCase)
	}
	if cases := collect(t, client.Evals.ListCasesAutoPaging(ctx, 42, dataset.ID, &burki.ListEvalCasesParams{Limit: burki.Int(1)})); len(cases) == 0 {
		t.Fatal("no cases")
	}
	must[*burki.ActionAcknowledgement](t, "delete case")(client.Evals.DeleteCase(ctx, 42, dataset.ID, evalCase.ID))
	must[burki.EvalRunResult](t, "run")(client.Evals.Run(ctx, 42, &burki.RunEvalParams{PromptVersionID: version.ID, DatasetID: dataset.ID}))

	traces := collect(t, client.CallTraces.ListAutoPaging(ctx, &burki.ListCallTracesParams{Limit: burki.Int(1)}))
	if len(traces) == 0 {
		t.Fatal("no call traces")
	}
	if trace := must[*burki.CallTraceDetail](t, "trace")(client.CallTraces.Get(ctx, traces[0].ID)); trace.CallSID == nil {
		t.Fatalf("trace = %+v", trace)
	}
	must[*burki.LearningStats](t, "learning stats")(client.Learning.GetStats(ctx, 42))
}
