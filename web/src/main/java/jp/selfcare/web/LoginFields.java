package jp.selfcare.web;

import java.io.Serializable;

/** What a login page's form holds of both applications' logins: login ID, password, the code. */
public abstract class LoginFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String loginId;
  private String password;
  private String code;

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
