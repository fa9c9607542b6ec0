// The Python virtual environment for the Python SDK's tests. Placeholder until the Python target lands.
export async function setupPython() {}
