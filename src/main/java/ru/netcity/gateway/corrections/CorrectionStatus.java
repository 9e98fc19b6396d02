package ru.netcity.gateway.corrections;

/** Where a request stands, with the word the printed register uses. */
public enum CorrectionStatus {
  PENDING("на рассмотрении"),
  APPROVED("одобрена"),
  REJECTED("отклонена");

  private final String label;

  CorrectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
