package jp.selfcare.contracts;

import java.io.Serializable;

/**
 * A contract's detail page: the list's line plus where it is installed and what carries it.
 *
 * @param accessLine the related Universal One access-line contract (関連情報), or null
 * @param basicNumbers how many basic contract numbers the contract has
 */
public record ContractDetail(
    ContractRow contract,
    String customerName,
    String planName,
    String address,
    int channelCount,
    String accessLine,
    long basicNumbers,
    long dialIns)
    implements Serializable {}
