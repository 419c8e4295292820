package jp.selfcare.identity.portal;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The user registration form (spec 10-identity.md §1): required name, mail address (the login ID),
 * phone (digits only), second step, role, mail language and time zone; optional title, mobile
 * number and comment; the mobile-line notification choice.
 */
public record NewPortalUser(
    String name,
    String mailAddress,
    String phone,
    SecondStep secondStep,
    PortalRole role,
    Locale mailLanguage,
    ZoneId timeZone,
    String title,
    String mobile,
    String comment,
    boolean mobileLineMail) {}
