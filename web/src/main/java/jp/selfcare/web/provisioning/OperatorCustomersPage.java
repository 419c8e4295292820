package jp.selfcare.web.provisioning;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import jp.selfcare.provisioning.OperatorCustomers;
import jp.selfcare.provisioning.OperatorCustomers.CustomerRow;
import jp.selfcare.provisioning.OperatorCustomers.NumberRow;
import jp.selfcare.provisioning.OperatorCustomers.Tree;
import jp.selfcare.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/**
 * お客さま (/operator/customers.xhtml: search by customer number or name; /operator/customer.xhtml
 * ?c=N…: the customer's voice groups, plans, sites and contracts, and {@code &contract=N…} that
 * contract's numbers with their add-ons). Operator role, checked by the container and the service.
 */
@Named
@ViewScoped
public class OperatorCustomersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OperatorCustomers customers;

  private String keyword;
  private LazyDataModel<CustomerRow> found;
  private Tree tree;
  private String contract;
  private LazyDataModel<NumberRow> numbers;

  @PostConstruct
  void start() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String customer = params.get("c");
    if (customer != null && customer.matches("N\\d{9}")) {
      tree = customers.tree(customer).orElse(null);
    }
    String chosen = params.get("contract");
    if (tree != null && chosen != null && contractsOf(tree).contains(chosen)) {
      contract = chosen;
    }
  }

  private static java.util.Set<String> contractsOf(Tree tree) {
    java.util.Set<String> numbers = new java.util.HashSet<>();
    tree.withoutSite().forEach(c -> numbers.add(c.contractNumber()));
    tree.voiceGroups()
        .forEach(
            g ->
                g.plans()
                    .forEach(
                        p ->
                            p.sites()
                                .forEach(
                                    s ->
                                        s.contracts()
                                            .forEach(c -> numbers.add(c.contractNumber())))));
    return numbers;
  }

  public void search() {
    found = null;
  }

  public LazyDataModel<CustomerRow> getFound() {
    if (found == null) {
      String k = keyword;
      found =
          new PagedRows<>(
              () -> customers.count(k),
              (first, size) -> customers.search(k, first, size),
              CustomerRow::customerNumber);
    }
    return found;
  }

  public LazyDataModel<NumberRow> getNumbers() {
    if (numbers == null && contract != null) {
      String c = contract;
      numbers =
          new PagedRows<>(
              () -> customers.numberCount(c),
              (first, size) -> customers.numbers(c, first, size),
              NumberRow::number);
    }
    return numbers;
  }

  public Tree getTree() {
    return tree;
  }

  public String getContract() {
    return contract;
  }

  public String getKeyword() {
    return keyword;
  }

  public void setKeyword(String keyword) {
    this.keyword = keyword;
  }
}
