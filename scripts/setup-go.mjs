// The Go tools for the Go SDK's tests. Placeholder until the Go target lands.
export async function setupGo() {}
