/** Shapes the UI keeps, inferred from the server's routes rather than copied. */
import type { InferResponseType } from 'hono/client';
import type { ApiClient } from './api-client';

type Routes = ApiClient['api'];

export type Preferences = InferResponseType<Routes['settings']['preferences']['$get'], 200>;
export type Theme = Preferences['theme'];
export type ExportFormat = 'json' | 'csv';
