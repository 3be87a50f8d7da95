// Placeholder: replaced by the integration database setup.
export default function setup() {}
