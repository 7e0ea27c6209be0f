import * as oauth from 'oauth4webapi';
import { z } from 'zod';

// Wikimedia OAuth 2.0 on Meta-Wiki (rest.php/oauth2): authorization code with PKCE, then the
// profile resource for the account's central id and username.
export const USER_AGENT = 'Sangam/0.1 (skill-sharing hub for Wikimedia communities; https://www.mediawiki.org/wiki/Sangam)';

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  /** e.g. https://meta.wikimedia.org/w/rest.php */
  baseUrl: string;
}

export interface PendingAuthorization {
  state: string;
  codeVerifier: string;
  redirectUri: string;
}

const ProfileSchema = z.object({
  sub: z.union([z.string().regex(/^\d+$/), z.number().int()]).transform(Number),
  username: z.string().min(1).max(255),
});
export type WikimediaProfile = z.infer<typeof ProfileSchema>;

function server(settings: OAuthSettings): oauth.AuthorizationServer {
  return {
    issuer: settings.baseUrl,
    authorization_endpoint: `${settings.baseUrl}/oauth2/authorize`,
    token_endpoint: `${settings.baseUrl}/oauth2/access_token`,
  };
}

// Plain http is allowed only for a stand-in on loopback (tests); the real endpoints are https.
function requestOptions(settings: OAuthSettings) {
  const insecure = new URL(settings.baseUrl).protocol === 'http:';
  return { [oauth.allowInsecureRequests]: insecure, headers: { 'User-Agent': USER_AGENT } };
}

export async function beginAuthorization(settings: OAuthSettings, redirectUri: string): Promise<{ url: string; pending: PendingAuthorization }> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(server(settings).authorization_endpoint!);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  }).toString();
  return { url: url.toString(), pending: { state, codeVerifier, redirectUri } };
}

/** Exchanges the callback's code for a token and reads who signed in. Throws on any mismatch. */
export async function completeAuthorization(settings: OAuthSettings, callbackUrl: URL, pending: PendingAuthorization): Promise<WikimediaProfile> {
  const as = server(settings);
  const client: oauth.Client = { client_id: settings.clientId };
  const params = oauth.validateAuthResponse(as, client, callbackUrl, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as, client, oauth.ClientSecretPost(settings.clientSecret), params, pending.redirectUri, pending.codeVerifier, requestOptions(settings),
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  const profileResponse = await fetch(`${settings.baseUrl}/oauth2/resource/profile`, {
    headers: { Authorization: `Bearer ${tokens.access_token}`, 'User-Agent': USER_AGENT, Accept: 'application/json' },
  });
  if (!profileResponse.ok) throw new Error(`profile request failed with ${profileResponse.status}`);
  return ProfileSchema.parse(await profileResponse.json());
}
