import type { AuthContext, AuthStrategy, AuthStrategyFactory, Credentials } from './auth-strategy';

/** Settings of {@link staticToken}. */
export interface StaticTokenSettings {
  /** The access token, issued out of band; never logged nor put in an error. */
  token: string;
  /** Header that carries it. Default: `Authorization`. */
  header?: string;
  /** Scheme before the token (`Bearer`); empty for none. Default: `Bearer`. */
  scheme?: string;
}

/**
 * A token obtained elsewhere (a long-lived gateway key, a token from another process). It is sent
 * as is; a 401 is final, since there is nothing to renew.
 */
export function staticToken(settings: StaticTokenSettings | string): AuthStrategyFactory {
  const s = typeof settings === 'string' ? { token: settings } : settings;
  return (context: AuthContext): AuthStrategy => {
    context.registerSecret(s.token, 'client');
    const scheme = s.scheme ?? 'Bearer';
    const credentials: Credentials = {
      headers: { [s.header ?? 'Authorization']: scheme === '' ? s.token : `${scheme} ${s.token}` },
      token: s.token,
    };
    return {
      type: 'static-token',
      authenticate: async () => credentials,
      invalidate: () => false,
    };
  };
}
