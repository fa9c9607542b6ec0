package e2e

import (
	"errors"
	"strings"
	"testing"

	burki "github.com/burki-ai/burki-go"
	"github.com/burki-ai/burki-go/option"
)

func TestCallsListPagesTranscriptsAndRecordings(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	page, err := client.Calls.List(ctx, &burki.ListCallsParams{Limit: burki.Int(2)})
	if err != nil || len(page.Items) == 0 || page.Total < len(page.Items) {
		t.Fatalf("list: %+v %v", page, err)
	}
	seen := map[int]bool{}
	for call, err := range client.Calls.ListAutoPaging(ctx, &burki.ListCallsParams{Limit: burki.Int(1)}) {
		if err != nil {
			t.Fatal(err)
		}
		if seen[call.ID] {
			t.Fatalf("call %d seen twice", call.ID)
		}
		seen[call.ID] = true
	}
	if len(seen) != page.Total {
		t.Fatalf("auto-paging saw %d calls, the page says %d in all", len(seen), page.Total)
	}

	first := page.Items[0]
	// The mock answers this route from the spec's example, not from its call collection.
	bySID, err := client.Calls.GetBySID(ctx, first.CallSID)
	if err != nil || bySID.ID == 0 || !strings.HasPrefix(bySID.CallSID, "CA") {
		t.Fatalf("get by SID: %+v %v", bySID, err)
	}
	transcripts, err := client.Calls.GetTranscripts(ctx, 1001, nil)
	if err != nil || len(transcripts) == 0 || transcripts[0].Content == "" {
		t.Fatalf("transcripts: %+v %v", transcripts, err)
	}
	audio, err := client.Calls.PlayRecording(ctx, 1001, 1)
	if err != nil || len(audio) == 0 {
		t.Fatalf("recording bytes: %d %v", len(audio), err)
	}
	link, err := client.Calls.GetRecordingURL(1001, 1)
	if err != nil || !strings.HasSuffix(link, "/api/v1/calls/1001/recording/1/play") || strings.Contains(link, "key") {
		t.Fatalf("recording URL: %q %v", link, err)
	}
	csv, err := client.Calls.Export(ctx, &burki.ExportCallsParams{})
	if err != nil || csv == "" {
		t.Fatalf("export (text): %q %v", csv, err)
	}
}

func TestCampaignsPageStyleAndMultipartImport(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	assistant, err := client.Assistants.Create(ctx, &burki.CreateAssistantParams{Name: "Go campaigns"})
	if err != nil {
		t.Fatal(err)
	}
	var created []int
	for _, name := range []string{"Go wave 1", "Go wave 2", "Go wave 3"} {
		campaign, err := client.Campaigns.Create(ctx, &burki.CreateCampaignParams{Name: name, AssistantID: assistant.ID, CampaignType: "call"})
		if err != nil {
			t.Fatal(err)
		}
		created = append(created, campaign.ID)
	}
	var walked []int
	for campaign, err := range client.Campaigns.ListAutoPaging(ctx, &burki.ListCampaignsParams{AssistantID: burki.Int(assistant.ID), PerPage: burki.Int(2)}) {
		if err != nil {
			t.Fatal(err)
		}
		walked = append(walked, campaign.ID)
	}
	if len(walked) != len(created) {
		t.Fatalf("page/per_page walk saw %v, created %v", walked, created)
	}
	first, err := client.Campaigns.List(ctx, &burki.ListCampaignsParams{AssistantID: burki.Int(assistant.ID), PerPage: burki.Int(2)})
	if err != nil || len(first.Campaigns) != 2 || !first.Pagination.HasNext {
		t.Fatalf("first page: %+v %v", first, err)
	}

	csv := "Phone Number,Customer Name\n5559876543,Jordan Lee\n"
	accepted, err := client.Campaigns.ImportContacts(ctx, created[0], &burki.ImportCampaignContactsParams{
		File:           burki.File{Reader: strings.NewReader(csv), Name: "contacts.csv", ContentType: "text/csv"},
		ColumnMappings: burki.String(`{"Phone Number": "phone_number"}`),
	})
	if err != nil || accepted.ImportID == 0 {
		t.Fatalf("import: %+v %v", accepted, err)
	}
	polled, err := client.Campaigns.GetImport(ctx, created[0], accepted.ImportID)
	if err != nil || polled.ImportID == nil || *polled.ImportID != accepted.ImportID {
		t.Fatalf("get import: %+v %v", polled, err)
	}
	if _, err := client.Campaigns.Delete(ctx, created[2]); err != nil {
		t.Fatal(err)
	}
	var notFound *burki.NotFoundError
	if _, err := client.Campaigns.Get(ctx, created[2]); !errors.As(err, &notFound) {
		t.Fatalf("get after delete: %v", err)
	}
}

func TestDocumentUploadAndSMSAndForms(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	uploaded, err := client.Documents.Upload(ctx, 42, burki.NewFile(strings.NewReader("%PDF-1.4 faq"), "faq.pdf"), &burki.UploadDocumentParams{Category: burki.String("faq")})
	if err != nil || !uploaded.Success {
		t.Fatalf("upload: %+v %v", uploaded, err)
	}
	sent, err := client.SMS.Send(ctx, &burki.SendSMSParams{FromPhoneNumber: "+15551234567", ToPhoneNumber: "+15559876543", Message: "Your appointment is confirmed."}, option.WithIdempotencyKey("go-e2e-sms-1"))
	if err != nil || !sent.Success {
		t.Fatalf("send SMS: %+v %v", sent, err)
	}
	added, err := client.PhoneNumbers.AddVerifiedCallerID(ctx, &burki.AddVerifiedCallerIDParams{PhoneNumber: "+15551230000", FriendlyName: burki.String("Front desk")})
	if err != nil || added == nil {
		t.Fatalf("form body: %v %v", added, err)
	}
}
