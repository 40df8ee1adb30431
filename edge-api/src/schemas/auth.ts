import { z } from '@hono/zod-openapi';

const email = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());
// The upper bound keeps one login attempt from hashing megabytes.
const password = z.string().min(10, 'at least 10 characters').max(1024);
const name = z.string().trim().min(1).max(100);

export const registerBodySchema = z
  .strictObject({
    email,
    username: name,
    password,
    privacy_consent: z.literal(true, 'privacy consent is required to create an account'),
  })
  .openapi('RegisterRequest');

export const loginBodySchema = z
  .strictObject({ email, password: z.string().min(1).max(1024) })
  .openapi('LoginRequest');

export const refreshBodySchema = z
  .strictObject({ refresh_token: z.string().min(1).max(200) })
  .openapi('RefreshRequest');

export const logoutBodySchema = z
  .strictObject({ refresh_token: z.string().min(1).max(200).optional() })
  .openapi('LogoutRequest');

export const tokensSchema = z
  .object({
    token: z.string().openapi({ description: 'Access token (JWT), sent as a bearer token' }),
    refresh_token: z.string(),
    expires_in: z.number().int().openapi({ description: 'Access token lifetime in seconds' }),
  })
  .openapi('Tokens');

export const signedInSchema = tokensSchema.extend({ user_id: z.uuid() }).openapi('SignedIn');

export const profileSchema = z
  .object({
    user_id: z.uuid(),
    email: z.string(),
    username: z.string(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    privacy_consent: z.boolean(),
    privacy_consent_at: z.string().nullable(),
    data_retention_days: z.number().int(),
    created_at: z.string(),
  })
  .openapi('Profile');

export const profileUpdateSchema = z
  .strictObject({
    username: name.optional(),
    first_name: name.nullable().optional(),
    last_name: name.nullable().optional(),
    privacy_consent: z.boolean().optional(),
  })
  .openapi('ProfileUpdate');

export const deleteAccountBodySchema = z
  .strictObject({ password_confirmation: z.string().min(1).max(1024) })
  .openapi('DeleteAccountRequest');

export const passwordChangeBodySchema = z
  .strictObject({
    current_password: z.string().min(1).max(1024),
    // The same rules as at registration.
    new_password: password,
  })
  .openapi('PasswordChangeRequest');

export const messageSchema = z.object({ message: z.string() }).openapi('Message');
