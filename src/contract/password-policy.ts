/**
 * The password rules the web form shows as the person types, republished from the domain. Kept
 * apart from the identity schemas so that the browser takes these without the schema builder.
 */
export {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  MIN_STRENGTH_SCORE,
  personalWords,
} from '../domain/auth/password-policy.ts';
