package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * 拠点: an installation address (possibly one department of it). The scope of a site administrator,
 * and of bulk forwarding groups, which never span two sites.
 */
@Entity
@Table(name = "site")
public class Site {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private SiteId siteId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private ServicePlan plan;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "address", nullable = false, length = 200)
  private String address;

  protected Site() {}

  public Site(SiteId siteId, ServicePlan plan, String name, String address) {
    this.siteId = Objects.requireNonNull(siteId);
    this.plan = Objects.requireNonNull(plan);
    this.name = Objects.requireNonNull(name);
    this.address = Objects.requireNonNull(address);
  }

  public Long id() {
    return id;
  }

  public SiteId siteId() {
    return siteId;
  }

  public ServicePlan plan() {
    return plan;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  /** A service order's change of the site's plan (within its voice group), name and address. */
  public void change(ServicePlan newPlan, String newName, String newAddress) {
    this.plan = Objects.requireNonNull(newPlan);
    this.name = Objects.requireNonNull(newName);
    this.address = Objects.requireNonNull(newAddress);
  }
}
