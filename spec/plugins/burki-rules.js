export default function burkiRules() { return { id: 'burki', rules: { oas3: {} } }; }
