package jp.selfcare.web.webbilling;

/** Where a member is in one of 基本情報's changes (60-web-billing.md: input → confirm → completed). */
public enum MemberStep {
  INPUT,
  CONFIRM,
  DONE
}
