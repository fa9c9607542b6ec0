/** Public surface of the mock runtime (copied verbatim to generated/mock/runtime/). */
export { createMockServer, type MockLogger, type MockServer, type MockServerOptions, type RecordedRequest } from './server.js';
export { main, parseArgs, loadModel, defaultModelPath, USAGE, UsageError, type CliOptions, type MainIo } from './cli.js';
export type { JsonSchema, MockModel, MockOperation, MockPagination, MockParameter, MockResponse, MockState, MockStream } from './model.js';
export type { ValidationIssue, HttpValidationError } from './errors.js';
export { FaultConfigError, parseFaultConfig, type Fault, type FaultConfig, type FaultKind, type FaultRule } from './faults.js';
