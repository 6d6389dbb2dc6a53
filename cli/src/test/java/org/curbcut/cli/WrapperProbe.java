package org.curbcut.cli;

/** Stands in for the curbcut jar in {@link WrapperSymlinkTest}: says it ran, with its arguments. */
public final class WrapperProbe {
  private WrapperProbe() {}

  public static void main(String[] args) {
    System.out.println("probe ran: " + String.join(" ", args));
  }
}
