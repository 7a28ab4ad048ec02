import type { Shape } from '../shape';
import type vi from '../vi/second-factor';

export default {
  section: {
    title: 'Two-step verification',
    intro:
      'After the password, enter the 6-digit code from an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, FreeOTP…).',
    on: 'On. {{count}} unused recovery codes left.',
    off: 'Off.',
    required: 'Your role requires two-step verification.',
    requiredNow: 'Your role requires two-step verification: please set it up before going on.',
    start: 'Turn on two-step verification',
    scan: 'Scan the QR code with your authenticator app, or type the secret key below.',
    qrAlt: 'QR code to add the account to an authenticator app',
    secret: 'Secret key (to type in)',
    code: '6-digit code',
    confirm: 'Confirm',
    codesTitle: 'Recovery codes',
    codesIntro:
      'Keep these 10 codes somewhere safe. Each works once when you do not have your phone. They are shown only now.',
    codesDone: 'I have saved the codes',
    regenerate: 'Make new recovery codes',
    disable: 'Turn off two-step verification',
    codeFor: 'Enter the current code from the app',
    cancel: 'Cancel',
    disabled: 'Two-step verification is off.',
  },
  signIn: {
    title: 'Two-step verification',
    intro: 'Enter the 6-digit code from your authenticator app to finish signing in.',
    code: 'Verification code',
    recoveryCode: 'Recovery code',
    useRecovery: 'Use a recovery code',
    useApp: 'Use a code from the app',
    submit: 'Confirm',
    signOut: 'Sign out',
  },
  stepUp: {
    title: 'Confirm with your verification code',
    intro: 'A deciding action needs a recent second factor. Enter the 6-digit code from your app to go on.',
    submit: 'Confirm and go on',
  },
} satisfies Shape<typeof vi>;
