/** The Web Settings Site's する/しない switch pages (§4, §8, §9), one page for every switch. */
package jp.selfcare.web.callfeature;
