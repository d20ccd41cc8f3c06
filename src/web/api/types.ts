import type { paths } from './schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Settings = JsonBody<paths['/api/settings']['get']['responses'][200]>;
export type Me = JsonBody<paths['/api/me']['get']['responses'][200]>;
export type Agency = Me['agencies'][number];
export type Roles = Me['roles'];
export type LoginBody = JsonBody<paths['/api/auth/login']['post']['requestBody']>;
export type OutboxMessage = JsonBody<paths['/api/demo/outbox']['get']['responses'][200]>['messages'][number];
