/** Sign-up, sign-in and token rotation: the routes that work without an access token. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { checkPassword } from '../auth/password-attempts';
import { hashPassword } from '../crypto/password';
import { sealProfile } from '../crypto/profile';
import {
  revokeSession,
  rotateRefreshToken,
  sessionOfRefreshToken,
  startSession,
} from '../auth/sessions';
import { users } from '../db/schema';
import { ApiError, unauthorized } from '../errors';
import { requireAuth } from '../middleware/auth';
import { apiRoute, bearerSecurity, errorResponses, jsonBody, jsonResponse } from '../openapi';
import { authRateLimit } from '../middleware/rate-limit';
import {
  loginBodySchema,
  logoutBodySchema,
  messageSchema,
  refreshBodySchema,
  registerBodySchema,
  signedInSchema,
  tokensSchema,
} from '../schemas/auth';
import type { AppEnv, Services } from '../services';

export function authRoutes(services: Services) {
  const rateLimited = authRateLimit(services);
  return new OpenAPIHono<AppEnv>()
    .openapi(
      apiRoute({
        method: 'post',
        path: '/register',
        tags: ['auth'],
        summary: 'Create an account',
        operationId: 'register',
        security: [],
        middleware: rateLimited,
        request: { body: jsonBody(registerBodySchema) },
        responses: {
          201: jsonResponse(signedInSchema, 'Account created and signed in'),
          ...errorResponses(409),
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const now = services.now();
        // The id is made here: the data key and every ciphertext are bound to it.
        const userId = crypto.randomUUID();
        const { wrapped, cipher } = await services.keyring.newDataKey(userId);
        const profile = { email: body.email, username: body.username };
        const [user] = await services.db
          .insert(users)
          .values({
            id: userId,
            ...(await sealProfile(cipher, userId, profile)),
            email_index: await services.keyring.emailIndex(body.email),
            data_key: wrapped,
            password_hash: await hashPassword(body.password),
            privacy_consent: true,
            privacy_consent_at: now,
          })
          .onConflictDoNothing({ target: users.email_index })
          .returning({ id: users.id });
        if (!user) throw new ApiError(409, 'conflict', 'An account with this email already exists');
        await audit(services, c, { action: 'register', resource: 'user', userId: user.id });
        const tokens = await startSession(services, user.id, c.req.header('user-agent'));
        return c.json({ user_id: user.id, ...tokens }, 201);
      },
    )
    .openapi(
      apiRoute({
        method: 'post',
        path: '/login',
        tags: ['auth'],
        summary: 'Sign in',
        operationId: 'login',
        security: [],
        middleware: rateLimited,
        request: { body: jsonBody(loginBodySchema) },
        responses: {
          200: jsonResponse(signedInSchema, 'Signed in'),
          ...errorResponses(401),
        },
      }),
      async (c) => {
        const { email, password } = c.req.valid('json');
        const [user] = await services.db
          .select({ id: users.id, password_hash: users.password_hash })
          .from(users)
          .where(eq(users.email_index, await services.keyring.emailIndex(email)));
        // Unknown email and wrong password answer alike (401, same message, same PBKDF2 cost, same
        // per-account limit), so the login form cannot be used to find out who has an account.
        const valid = await checkPassword(
          services,
          c,
          user ? { userId: user.id } : { email },
          password,
          user?.password_hash,
        );
        if (!user || !valid) {
          await audit(services, c, {
            action: 'login_failed',
            resource: 'session',
            userId: user?.id ?? null,
          });
          throw unauthorized('Email or password is wrong');
        }
        await audit(services, c, { action: 'login', resource: 'session', userId: user.id });
        const tokens = await startSession(services, user.id, c.req.header('user-agent'));
        return c.json({ user_id: user.id, ...tokens }, 200);
      },
    )
    .openapi(
      apiRoute({
        method: 'post',
        path: '/refresh',
        tags: ['auth'],
        summary: 'Renew the tokens',
        operationId: 'refreshTokens',
        security: [],
        middleware: rateLimited,
        request: { body: jsonBody(refreshBodySchema) },
        responses: {
          200: jsonResponse(
            tokensSchema,
            'New access and refresh token; the old refresh token is spent',
          ),
          ...errorResponses(401),
        },
      }),
      async (c) =>
        c.json(await rotateRefreshToken(services, c.req.valid('json').refresh_token), 200),
    )
    .openapi(
      apiRoute({
        method: 'post',
        path: '/logout',
        tags: ['auth'],
        summary: 'Sign out',
        operationId: 'logout',
        security: bearerSecurity,
        middleware: requireAuth(services),
        request: { body: { ...jsonBody(logoutBodySchema), required: false } },
        responses: {
          200: jsonResponse(messageSchema, 'This login (and the given refresh token’s) revoked'),
        },
      }),
      async (c) => {
        const { refresh_token } = c.req.valid('json');
        await revokeSession(services, c.var.authSessionId);
        const other =
          refresh_token && (await sessionOfRefreshToken(services, c.var.userId, refresh_token));
        if (other) await revokeSession(services, other);
        return c.json({ message: 'Logged out' }, 200);
      },
    );
}
