package e2e

import (
	"testing"

	burki "github.com/burki-ai/burki-go"
	"github.com/burki-ai/burki-go/option"
)

func TestSMSSendPutsTheIdempotencyKeyOnTheWire(t *testing.T) {
	client, wire := newRecordingClient(t)
	ctx := testContext(t)
	sent := must[*burki.SendSMSResponse](t, "send")(client.SMS.Send(ctx, &burki.SendSMSParams{FromPhoneNumber: "+15551234567", ToPhoneNumber: "+15559876543", Message: "Hi"}, option.WithIdempotencyKey("go-sms-wire-1")))
	if !sent.Success || sent.MessageID == nil {
		t.Fatalf("send = %+v", sent)
	}
	if request := wire.last(t); request.Header.Get("Idempotency-Key") != "go-sms-wire-1" || request.Method != "POST" {
		t.Fatalf("sent %s with Idempotency-Key %q", request.Method, request.Header.Get("Idempotency-Key"))
	}
	status := must[*burki.SMSStatus](t, "status")(client.SMS.GetStatus(ctx, *sent.MessageID))
	if status.MessageID == "" {
		t.Fatalf("status = %+v", status)
	}
	must[*burki.SMSCancelResult](t, "cancel")(client.SMS.Cancel(ctx, *sent.MessageID))
	must[*burki.SMSQueueStats](t, "queue")(client.SMS.GetQueueStats(ctx, nil))
}

func TestSMSConversationsLogsSessionsComplianceAnd10DLC(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	conversations := collect(t, client.SMS.ListConversationsAutoPaging(ctx, &burki.ListSMSConversationsParams{Limit: burki.Int(1)}))
	if len(conversations) == 0 {
		t.Fatal("no conversations")
	}
	conversation := must[*burki.SMSConversation](t, "conversation")(client.SMS.GetConversation(ctx, conversations[0].ID))
	if conversation.ID != conversations[0].ID {
		t.Fatalf("conversation = %+v", conversation)
	}
	must[[]burki.SMSMessage](t, "messages")(client.SMS.GetMessages(ctx, conversation.ID))
	if text := must[string](t, "export")(client.SMS.ExportConversation(ctx, conversation.ID, &burki.ExportSMSConversationParams{})); text == "" {
		t.Fatal("empty export")
	}

	logs := collect(t, client.SMSLogs.ListAutoPaging(ctx, &burki.ListSMSLogsParams{Limit: burki.Int(1)}))
	if len(logs) == 0 {
		t.Fatal("no SMS logs")
	}
	if got := must[*burki.SMSLog](t, "log")(client.SMSLogs.Get(ctx, logs[0].ID)); got.ID != logs[0].ID {
		t.Fatalf("log = %+v", got)
	}
	must[*burki.SMSLogStats](t, "log stats")(client.SMSLogs.GetStats(ctx, nil))

	if info := must[*burki.SMSSessionInfo](t, "sessions")(client.SMSSessions.GetInfo(ctx)); !info.Success {
		t.Fatalf("sessions = %+v", info)
	}
	must[*burki.SMSSessionClearResult](t, "clear session")(client.SMSSessions.Clear(ctx, "+15559876543", 42))

	summary := must[*burki.SMSComplianceSummary](t, "compliance")(client.SMSCompliance.GetSummary(ctx))
	if len(summary.Numbers) == 0 || summary.TotalNumbers < len(summary.Numbers) || summary.Numbers[0].PhoneNumberID == nil {
		t.Fatalf("compliance = %+v", summary)
	}
	must[*burki.SMSCanSend](t, "can send")(client.SMSCompliance.CanSend(ctx, *summary.Numbers[0].PhoneNumberID))

	brands := must[map[string]any](t, "telnyx brands")(client.TenDLC.ListTelnyxBrands(ctx))
	if _, ok := brands["brands"]; !ok {
		t.Fatalf("brands = %v", brands)
	}
	must[map[string]any](t, "select campaign")(client.TenDLC.SelectTelnyxCampaign(ctx, &burki.SelectTelnyxCampaignParams{CampaignID: "C1", BrandID: "B1"}))
}
