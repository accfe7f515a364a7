/** Where the resources plugin's API is mounted; its shapes are the generated client's types (`@llmworks/api-client`). */
export const BASE = '/api/plugins/resources';
