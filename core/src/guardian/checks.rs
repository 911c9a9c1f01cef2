//! What a guardian checks before it signs: a pending, full pool; deposit data that is valid for the pool's withdrawal credentials; a pubkey never deposited; a recent block.

use alloy::{
    eips::BlockId,
    primitives::{B256, FixedBytes},
    providers::Provider,
};
use stkr_validator::Chain as BeaconChain;

use super::{AttestedBlock, Deposit, DepositIndex, DepositRequest, MAX_REQUEST_LAG};
use crate::{
    Error, Result,
    batch::Batch,
    beacon,
    bindings::DepositContract,
    chain::{Chain, transport_error},
    codes::PoolStatus,
    deploy::Contracts,
    network::Network,
    pool::{DEPOSIT_GWEI, PoolState, VALIDATOR_ETH, read_pool},
    time::utc,
    units::format_amount,
};

/// The beacon chain whose deposit domain deposits on `network` are signed for; chains stkr does not
/// know are local devnets.
pub fn beacon_chain(network: Option<Network>) -> BeaconChain {
    network.unwrap_or(Network::Devnet).deposit_chain()
}

/// The withdrawal credentials pool `pool_id`'s validator must carry: 0x01 and the pool's own vault.
pub async fn pool_withdrawal_credentials(_chain: &Chain, contracts: &Contracts, pool_id: u64) -> Result<B256> {
    Ok(crate::pool::withdrawal_credentials_of(contracts.micro_pool, pool_id))
}

/// Why a guardian does not sign: a refusal of the deposit, or a failure to look at the chain.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// The deposit must not be attested, in one sentence.
    #[error("{0}")]
    Refused(String),
    /// The guardian could not check it (the chain was unreachable or answered nonsense).
    #[error(transparent)]
    Failed(#[from] Error),
}

/// A refusal, as the CLI reports a bad request.
impl From<Refusal> for Error {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Refused(sentence) => Error::InvalidInput(sentence),
            Refusal::Failed(error) => error,
        }
    }
}

fn refused(sentence: String) -> Refusal {
    Refusal::Refused(sentence)
}

/// Check `request` as a guardian: the deposit it would attest and the block whose root it would sign, or
/// the one sentence that says why not.
/// `index` holds the deposits of the final blocks; the rest are scanned here.
pub async fn check_request(
    chain: &Chain,
    contracts: &Contracts,
    index: &DepositIndex,
    request: &DepositRequest,
) -> Result<(Deposit, AttestedBlock), Refusal> {
    let (block, head) = attested_block_number(chain, request.block_number).await?;
    let (pool, now, _) = read_pool(chain, contracts, request.pool_id, Batch::new()).await.map_err(|e| match e {
        Error::InvalidInput(no_such_pool) => Refusal::Refused(no_such_pool),
        other => Refusal::Failed(other),
    })?;
    check_pool(&pool, now)?;
    let deposit = Deposit {
        pool_id: pool.id,
        pubkey: request.pubkey,
        withdrawal_credentials: pool_withdrawal_credentials(chain, contracts, pool.id).await?,
        deposit_data_root: request.deposit_data_root,
    };
    check_deposit_data(&deposit, &request.signature, beacon_chain(chain.network))?;
    // Up to the head, not only the attested block: a deposit just after it voids the attestation anyway,
    // but a guardian should not sign for a pubkey it knows is taken.
    if let Some(seen) = index.deposited_by(chain, &request.pubkey, head).await? {
        return Err(refused(format!(
            "the pubkey {} was already deposited in block {}: the beacon chain keeps the withdrawal credentials of that first deposit, so the pool's 32 ETH would not come back to its stakers",
            request.pubkey, seen.block
        )));
    }
    let attested = read_block(chain, contracts, block).await?;
    Ok((deposit, attested))
}

/// The block to attest (the one asked for when it is recent, else the head) and the head.
async fn attested_block_number(chain: &Chain, asked: Option<u64>) -> Result<(u64, u64), Refusal> {
    let head = chain.provider.get_block_number().await.map_err(|e| Refusal::Failed(transport_error(&chain.url, &e)))?;
    match asked {
        None => Ok((head, head)),
        Some(block) if block > head => {
            Err(refused(format!("block {block} is not known to this guardian yet: its head is block {head}")))
        }
        Some(block) if head - block > MAX_REQUEST_LAG => Err(refused(format!(
            "block {block} is {} blocks old: a guardian attests only one of the last {MAX_REQUEST_LAG} blocks",
            head - block
        ))),
        Some(block) => Ok((block, head)),
    }
}

/// Only a pending, full pool before its end time has a validator to deposit.
pub fn check_pool(pool: &PoolState, now: u64) -> Result<(), Refusal> {
    let id = pool.id;
    if pool.status != PoolStatus::Pending {
        return Err(refused(format!("pool {id} is {}: only a pending pool's validator is deposited", pool.status)));
    }
    if pool.total_staked != VALIDATOR_ETH {
        return Err(refused(format!(
            "pool {id} holds {} ETH: its validator is deposited only once it holds 32 ETH",
            format_amount(pool.total_staked)
        )));
    }
    if now >= pool.end_time {
        return Err(refused(format!(
            "pool {id} ended on {}: its validator can no longer be deposited",
            utc(pool.end_time)
        )));
    }
    Ok(())
}

/// The deposit data root must be the deposit of 32 ETH to the pool's credentials with this signature,
/// and the signature must verify: a deposit the beacon chain refuses would burn the pool's 32 ETH.
pub fn check_deposit_data(deposit: &Deposit, signature: &FixedBytes<96>, chain: BeaconChain) -> Result<(), Refusal> {
    let pubkey: &[u8; 48] = &deposit.pubkey.0;
    let computed = beacon::deposit_data_root(pubkey, deposit.withdrawal_credentials, DEPOSIT_GWEI, &signature.0);
    if computed != deposit.deposit_data_root {
        return Err(refused(format!(
            "the deposit data root {} is not that of 32 ETH for this pubkey and signature to the pool's withdrawal credentials {} (that is {computed})",
            deposit.deposit_data_root, deposit.withdrawal_credentials
        )));
    }
    let fork = chain.genesis_fork_version();
    if !beacon::deposit_signature_verifies(pubkey, deposit.withdrawal_credentials, DEPOSIT_GWEI, &signature.0, fork) {
        return Err(refused(format!(
            "the deposit signature does not verify under the pubkey for the deposit domain of {chain} (fork version 0x{}), so the beacon chain would never credit the 32 ETH",
            alloy::hex::encode(fork)
        )));
    }
    Ok(())
}

/// The deposit contract's root at `block`, read at that block's hash so both come from one chain.
async fn read_block(chain: &Chain, contracts: &Contracts, block: u64) -> Result<AttestedBlock> {
    let header = chain
        .provider
        .get_block_by_number(block.into())
        .await
        .map_err(|e| transport_error(&chain.url, &e))?
        .ok_or_else(|| Error::Rpc(format!("the endpoint does not know block {block}")))?
        .header;
    let deposit_root = DepositContract::new(contracts.deposit_contract, &chain.provider)
        .get_deposit_root()
        .block(BlockId::hash(header.hash))
        .call()
        .await
        .map_err(|e| Error::Rpc(format!("reading the deposit root at block {block}: {e}")))?;
    Ok(AttestedBlock { deposit_root, block_number: block, block_hash: header.hash })
}
