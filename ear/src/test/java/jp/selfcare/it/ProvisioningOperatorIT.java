package jp.selfcare.it;

import static jp.selfcare.it.OrderFiles.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operators' provisioning screens: 受注取込 lists the imports with their outcome counts and an
 * import's lines with the reasons, and serves the result file; お客さま finds customers and shows a
 * customer's organisation and a contract's numbers with their add-ons. Operators only.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningOperatorIT {

  private static final String OPERATOR = Urls.APP + "/operator/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void theOrderLogShowsEachImportAndEachLineWithItsReason() {
    List<String> orders =
        List.of(
            line(
                "{'orderId':'OP-1','kind':'customer','customerNumber':'N190000070',"
                    + "'name':'株式会社オペ'}"),
            line(
                "{'orderId':'OP-2','kind':'site','siteId':'1900070','voiceGroupId':'Y99',"
                    + "'plan':'p','name':'n','address':'a'}"));
    assertThat(OrderFiles.importFromFolder("operator-it.jsonl", orders))
        .isEqualTo("COMPLETED FAILED");
    String list = Urls.asOperator(OPERATOR + "orders.xhtml").body();
    assertThat(list).contains("operator-it.jsonl", "エラーあり");
    long id =
        Long.parseLong(
            list.replaceAll("(?s).*?orders\\.xhtml\\?import=(\\d+)\"[^>]*>\\1</a>.*", "$1"));

    String lines = Urls.asOperator(OPERATOR + "orders.xhtml?import=" + id).body();
    assertThat(lines).contains("OP-1", "OP-2", "適用", "拒否", "音声グループが登録されていません: Y99");

    HttpResponse<String> result = Urls.asOperator(OPERATOR + "orders/result?import=" + id);
    assertThat(result.statusCode()).isEqualTo(200);
    assertThat(result.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(result.body())
        .startsWith("\uFEFF行,受注ID,種別,処理結果")
        .contains("2,OP-2,site,REFUSED,UNKNOWN_VOICE_GROUP,");
    assertThat(Urls.asOperator(OPERATOR + "orders/result?import=999999999").statusCode())
        .isEqualTo(404);
    assertThat(Urls.get(OPERATOR + "orders.xhtml").statusCode())
        .as("operators only")
        .isEqualTo(401);
    assertThat(Urls.get(OPERATOR + "orders/result?import=" + id).statusCode()).isEqualTo(401);
  }

  @Test
  void customersAreFoundAndShownWithTheirOrganisationAndNumbers() {
    String found = Urls.asOperator(OPERATOR + "customers.xhtml").body();
    assertThat(found).contains("N100000001", "株式会社サンプル商事", "N100000002");

    String tree =
        Urls.asOperator(OPERATOR + "customer.xhtml?c=N100000001&contract=N200000003").body();
    assertThat(tree)
        .contains("本社・東日本グループ", "アクセスセット", "横浜営業所", "N200000003", "番号 200 件")
        .contains("N200000007", "BM12345678")
        .contains("契約 N200000003 の番号", "0456000000", "基本契約番号", "ダイヤルイン番号");
    assertThat(Urls.asOperator(OPERATOR + "customer.xhtml?c=N100000002&contract=N200000003").body())
        .as("a contract of another customer is not shown under this one")
        .doesNotContain("契約 N200000003 の番号");
    assertThat(Urls.asOperator(OPERATOR + "customer.xhtml?c=N999999999").body())
        .contains("お客さまが見つかりません");
  }
}
