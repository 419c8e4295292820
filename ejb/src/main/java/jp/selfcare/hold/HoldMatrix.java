package jp.selfcare.hold;

import static jp.selfcare.hold.ConflictKey.SAME_GROUP;
import static jp.selfcare.hold.ConflictKey.SAME_NUMBER;
import static jp.selfcare.hold.ConflictKey.SAME_SITE;

import java.util.Optional;

/**
 * The matrix of spec 30-settings-site.md §11: for an operation in progress (row) and an attempted
 * one (column), on what key they conflict, or nothing (○). Column order: conditions, upload,
 * download, activation, group change, group delete, group register.
 */
public final class HoldMatrix {

  private static final ConflictKey N = SAME_NUMBER;
  private static final ConflictKey S = SAME_SITE;
  private static final ConflictKey G = SAME_GROUP;
  private static final ConflictKey O = null;

  private static final ConflictKey[][] CELLS = {
    /* forwarding conditions */ {O, N, N, N, O, O, O},
    /* bulk upload           */ {N, S, S, S, O, O, O},
    /* bulk download         */ {O, S, S, S, O, O, O},
    /* bulk activation       */ {N, S, S, S, G, G, O},
    /* group change          */ {O, O, O, S, S, S, S},
    /* group delete          */ {O, O, O, S, S, S, S},
    /* group register        */ {O, O, O, O, S, S, S},
  };

  private HoldMatrix() {}

  /** On what key an operation in progress blocks an attempted one; empty where the cell is ○. */
  public static Optional<ConflictKey> conflict(OperationKind inProgress, OperationKind attempted) {
    return Optional.ofNullable(CELLS[inProgress.ordinal()][attempted.ordinal()]);
  }
}
