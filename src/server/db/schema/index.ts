export * from './access.ts';
export * from './agencies.ts';
export * from './condominiums.ts';
export * from './people.ts';
export * from './platform.ts';
export * from './rentals.ts';
