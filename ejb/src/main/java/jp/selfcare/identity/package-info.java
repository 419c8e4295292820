/**
 * Identity rules shared by the three applications' account families: credential rules (with named
 * violations the pages translate), slow salted password hashing, lockout state that depends only on
 * the instants it is given (tests pass a clock, never sleep), one-time codes and links stored as
 * hashes, and TOTP verification that refuses a code's reuse.
 */
package jp.selfcare.identity;
