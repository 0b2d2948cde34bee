import { fixtureNow } from '@spine-advisor/fhir/testing';
import type { Config } from '../config.js';
import { startTestClient, type TestClient } from './jwt.js';
import { startTestServer, type TestServer } from './server.js';

/** A test server that requires CDS client JWTs from a test client, with the audit API open and the fixtures' clock. */
export async function startCdsTestServer(
  settings: Partial<Omit<Config, 'publicUrl'>> = {},
): Promise<{ client: TestClient; server: TestServer; close(): Promise<void> }> {
  const client = await startTestClient('https://ehr.example.org', () => fixtureNow);
  const server = await startTestServer(
    {
      cdsAuth: 'required',
      cdsIssuers: { [client.iss]: client.jwksUrl },
      adminToken: 'admin-token-0123456789',
      ...settings,
    },
    { now: () => fixtureNow },
  );
  return {
    client,
    server,
    async close() {
      await server.close();
      await client.close();
    },
  };
}
