package e2e

import (
	"errors"
	"iter"
	"strings"
	"testing"

	burki "github.com/burki-ai/burki-go"
)

// collect walks an auto-paging iterator to the end.
func collect[T any](t *testing.T, items iter.Seq2[T, error]) []T {
	t.Helper()
	var all []T
	for item, err := range items {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, item)
	}
	return all
}

func TestPhoneNumbers(t *testing.T) {
	client, wire := newRecordingClient(t)
	ctx := testContext(t)
	numbers := must[[]burki.PhoneNumber](t, "list")(client.PhoneNumbers.List(ctx, nil))
	if len(numbers) == 0 || !strings.HasPrefix(numbers[0].PhoneNumber, "+") {
		t.Fatalf("numbers = %+v", numbers)
	}
	found := must[*burki.PhoneNumberSearchResult](t, "search")(client.PhoneNumbers.Search(ctx, &burki.SearchPhoneNumbersParams{CountryCode: burki.String("US"), AreaCode: burki.String("415")}))
	if len(found.Numbers) == 0 {
		t.Fatal("search found nothing")
	}
	bought := must[*burki.PhoneNumberPurchaseResult](t, "purchase")(client.PhoneNumbers.Purchase(ctx, &burki.PurchasePhoneNumberParams{PhoneNumber: "+14155550123", Provider: "twilio"}))
	if !bought.Success {
		t.Fatalf("purchase = %+v", bought)
	}
	hooks := must[*burki.PhoneNumberWebhooks](t, "webhooks")(client.PhoneNumbers.GetWebhooks(ctx, "+15551234567", nil))
	if hooks.PhoneNumber != "+15551234567" || wire.last(t).URL.Path != "/api/v1/phone-numbers/+15551234567/webhooks" {
		t.Fatalf("webhooks = %+v, path %s", hooks, wire.last(t).URL.Path)
	}
	must[*burki.PhoneNumberBulkAssignResult](t, "bulk assign")(client.PhoneNumbers.BulkAssign(ctx, 42, []int{numbers[0].ID}))
	must[[]burki.AssistantPhoneNumber](t, "list for assistant")(client.PhoneNumbers.ListForAssistant(ctx, 42))
	released := must[*burki.PhoneNumberReleaseResult](t, "release")(client.PhoneNumbers.Release(ctx, "+14155550123", nil))
	if !released.Success {
		t.Fatalf("release = %+v", released)
	}
}

func TestSIPTrunks(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	trunk := must[*burki.SIPTrunk](t, "create")(client.SIPTrunks.Create(ctx, &burki.CreateSIPTrunkParams{Name: "Go edge", Gateway: "sip.example.com", Username: "u", Password: "p"}))
	if trunk.ID == "" || trunk.Password != nil {
		t.Fatalf("trunk = %+v (the password must not come back)", trunk)
	}
	if got := must[*burki.SIPTrunk](t, "get")(client.SIPTrunks.Get(ctx, trunk.ID)); got.Name != "Go edge" {
		t.Fatalf("get = %+v", got)
	}
	if updated := must[*burki.SIPTrunk](t, "update")(client.SIPTrunks.Update(ctx, trunk.ID, &burki.UpdateSIPTrunkParams{Priority: burki.Int(5)})); updated.Priority == nil || *updated.Priority != 5 {
		t.Fatalf("update = %+v", updated)
	}
	listed := false
	for _, each := range must[[]burki.SIPTrunk](t, "list")(client.SIPTrunks.List(ctx)) {
		listed = listed || each.ID == trunk.ID
	}
	if !listed {
		t.Fatal("the new trunk is not listed")
	}
	if err := client.SIPTrunks.Delete(ctx, trunk.ID); err != nil {
		t.Fatal(err)
	}
	var notFound *burki.NotFoundError
	if _, err := client.SIPTrunks.Get(ctx, trunk.ID); !errors.As(err, &notFound) {
		t.Fatalf("get after delete: %v", err)
	}
}

func TestVoiceCloningAndDocuments(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	uploaded := must[*burki.VoiceSampleUploadResult](t, "upload sample")(client.VoiceCloning.UploadSample(ctx, 42, burki.File{Reader: strings.NewReader("RIFF....WAVEfmt "), Name: "voice.wav", ContentType: "audio/wav"}, &burki.UploadVoiceSampleParams{Name: burki.String("Front desk")}))
	if !uploaded.Success {
		t.Fatalf("upload sample = %+v", uploaded)
	}
	samples := must[*burki.VoiceSampleList](t, "samples")(client.VoiceCloning.ListSamples(ctx, 42, nil))
	if len(samples.VoiceSamples) == 0 {
		t.Fatal("no samples")
	}
	clone := must[*burki.ClonedVoiceCreateResult](t, "clone")(client.VoiceCloning.Create(ctx, 42, &burki.CreateClonedVoiceParams{VoiceSampleID: samples.VoiceSamples[0].ID, Provider: "elevenlabs", Name: "Clone"}))
	if !clone.Success {
		t.Fatalf("clone = %+v", clone)
	}
	must[*burki.ClonedVoiceList](t, "cloned voices")(client.VoiceCloning.List(ctx, 42, nil))
	must[*burki.APIResponse](t, "delete voice")(client.VoiceCloning.Delete(ctx, 42, 1))

	documents := must[*burki.DocumentList](t, "documents")(client.Documents.List(ctx, 42))
	if len(documents.Documents) == 0 {
		t.Fatal("no documents")
	}
	status := must[*burki.DocumentProcessingStatus](t, "status")(client.Documents.GetStatus(ctx, 42, documents.Documents[0].ID))
	if status.ProcessingStatus == nil {
		t.Fatalf("status = %+v", status)
	}
	if deleted := must[*burki.APIResponse](t, "delete document")(client.Documents.Delete(ctx, 42, documents.Documents[0].ID)); !deleted.Success {
		t.Fatalf("delete = %+v", deleted)
	}
}

func TestToolsAndFlows(t *testing.T) {
	client, wire := newRecordingClient(t)
	ctx := testContext(t)
	created := must[*burki.ToolCreateResult](t, "create tool")(client.Tools.Create(ctx, &burki.CreateToolParams{
		Name: "lookup", DisplayName: "Lookup", Description: "Finds an order", ToolType: "endpoint",
		Configuration: map[string]any{"url": "https://example.com/orders"}, FunctionDefinition: map[string]any{"name": "lookup"},
	}))
	if !created.Success {
		t.Fatalf("create tool = %+v", created)
	}
	tools := collect(t, client.Tools.ListAutoPaging(ctx, &burki.ListToolsParams{PerPage: burki.Int(1)}))
	firstPage := must[*burki.ToolPage](t, "list tools")(client.Tools.List(ctx, &burki.ListToolsParams{PerPage: burki.Int(100)}))
	if len(tools) == 0 || len(tools) != len(firstPage.Tools) {
		t.Fatalf("walked %d tools one page at a time, one page of 100 has %d", len(tools), len(firstPage.Tools))
	}
	if got := must[*burki.ToolResult](t, "get tool")(client.Tools.Get(ctx, tools[0].ID)); !got.Success {
		t.Fatalf("get tool = %+v", got)
	}
	must[*burki.ToolAssignResult](t, "assign")(client.Tools.Assign(ctx, []int{tools[0].ID}, 42, nil))
	if path := wire.last(t).URL.Path; path != "/api/assistants/42/tools/assign" {
		t.Fatalf("assign went to %s", path)
	}
	must[*burki.AssistantToolList](t, "tools of an assistant")(client.Tools.ListForAssistant(ctx, 42))
	must[*burki.APIResponse](t, "unassign")(client.Tools.Unassign(ctx, tools[0].ID, 42))
	if lambdas := must[*burki.LambdaFunctionList](t, "lambda")(client.Tools.DiscoverLambda(ctx, &burki.ListLambdaFunctionsParams{AccessKey: "AKIA", SecretKey: "s3cret"})); !lambdas.Success {
		t.Fatalf("discover lambda = %+v", lambdas)
	}
	if query := wire.last(t).URL.Query(); query.Get("access_key") != "AKIA" || query.Get("secret_key") != "s3cret" {
		t.Fatalf("lambda query = %v", query)
	}

	flow := must[*burki.Flow](t, "create flow")(client.Flows.Create(ctx, &burki.CreateFlowParams{Name: "Go flow", Graph: burki.FlowGraph{"begin_node": "start"}}))
	if flow.Graph["begin_node"] != "start" {
		t.Fatalf("flow = %+v", flow)
	}
	if updated := must[*burki.Flow](t, "update flow")(client.Flows.Update(ctx, flow.ID, &burki.UpdateFlowParams{IsActive: burki.Bool(false)})); updated.IsActive {
		t.Fatalf("update flow = %+v", updated)
	}
	found := false
	for _, each := range collect(t, client.Flows.ListAutoPaging(ctx, &burki.ListFlowsParams{Limit: burki.Int(1)})) {
		found = found || each.ID == flow.ID
	}
	if !found {
		t.Fatal("skip/limit walk missed the new flow")
	}
	must[*burki.APIResponse](t, "assign number")(client.Flows.AssignPhoneNumber(ctx, flow.ID, 12))
	must[*burki.APIResponse](t, "delete flow")(client.Flows.Delete(ctx, flow.ID))
	var notFound *burki.NotFoundError
	if _, err := client.Flows.Get(ctx, flow.ID); !errors.As(err, &notFound) {
		t.Fatalf("get after delete: %v", err)
	}
}
