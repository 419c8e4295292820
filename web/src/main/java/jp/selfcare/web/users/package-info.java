/** ユーザー管理: the portal administrators' user list and the user registration form. */
package jp.selfcare.web.users;
