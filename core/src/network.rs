//! The networks stkr knows: chain ids, default RPC endpoints and the addresses that exist before stkr does.

use std::{fmt, str::FromStr};

use alloy::primitives::{Address, B256, address, b256};
use serde::Serialize;
use stkr_validator::{Chain as BeaconChain, exit::ExitDomain};

use crate::Error;

/// The canonical Multicall3 address, the same on every chain that has it.
pub const MULTICALL3: Address = address!("cA11bde05977b3631167028862bE2a173976CA11");

/// A network stkr can run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    /// The local anvil chain of `stkr devnet up`.
    Devnet,
    /// Ethereum mainnet.
    Mainnet,
    /// Hoodi, the staking testnet (holesky's successor).
    Hoodi,
    /// The Sepolia testnet, whose validator set is permissioned.
    Sepolia,
}

/// What stkr must know of a network before it can deploy to it or sign for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetworkSpec {
    /// The name on the command line and in deposit data files.
    pub name: &'static str,
    /// The EIP-155 chain id.
    pub chain_id: u64,
    /// The official beacon deposit contract; the devnet's is stkr's own.
    pub deposit_contract: Option<Address>,
    /// The block the deposit contract was created in (0: part of genesis), where deposit scans start.
    pub deposit_contract_block: u64,
    /// GENESIS_FORK_VERSION: the deposit domain.
    pub genesis_fork_version: [u8; 4],
    /// genesis_validators_root; the devnet's changes with every Lodestar genesis, so its beacon node says it.
    pub genesis_validators_root: Option<B256>,
    /// CAPELLA_FORK_VERSION: EIP-7044 signs every voluntary exit with it, whatever the current fork.
    pub exit_fork_version: [u8; 4],
    /// The real ANKR token; elsewhere `stkr deploy` deploys a test token, on the devnet only.
    pub ankr_token: Option<Address>,
    /// Whether the deposit contract accepts deposits only from holders of a gating token.
    pub deposit_gated: bool,
}

/// Every network stkr knows, each value with its source.
///
/// Holesky is not here: it was retired in 2025 (hoodi replaced it for staking), and `--network holesky`
/// says so.
pub const NETWORKS: [NetworkSpec; 4] = [
    NetworkSpec {
        name: "devnet",
        chain_id: 31337, // anvil's default chain id
        deposit_contract: None,
        deposit_contract_block: 0,
        // The consensus specs' minimal preset (configs/minimal.yaml), which the Lodestar dev chain
        // (`LODESTAR_PRESET=minimal lodestar dev`, tools/beacon) runs, so devnet deposits verify there too.
        genesis_fork_version: [0x00, 0x00, 0x00, 0x01],
        genesis_validators_root: None,
        exit_fork_version: [0x03, 0x00, 0x00, 0x01], // minimal.yaml CAPELLA_FORK_VERSION
        ankr_token: None,
        deposit_gated: false,
    },
    NetworkSpec {
        name: "mainnet",
        chain_id: 1,
        // ethereum/consensus-specs configs/mainnet.yaml: DEPOSIT_CONTRACT_ADDRESS, GENESIS_FORK_VERSION,
        // CAPELLA_FORK_VERSION; the deposit contract's creation block from etherscan.io (tx of 2020-10-14).
        deposit_contract: Some(address!("00000000219ab540356cBB839Cbe05303d7705Fa")),
        deposit_contract_block: 11_052_984,
        genesis_fork_version: [0x00, 0x00, 0x00, 0x00],
        // eth-clients/mainnet README ("Genesis Validators Root"); GET /eth/v1/beacon/genesis on any node.
        genesis_validators_root: Some(b256!("4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95")),
        exit_fork_version: [0x03, 0x00, 0x00, 0x00],
        // Ankr's ANKR ERC-20, etherscan.io/token/0x8290333ceF9e6D528dD5618Fb97a76f268f3EDD4.
        ankr_token: Some(address!("8290333ceF9e6D528dD5618Fb97a76f268f3EDD4")),
        deposit_gated: false,
    },
    NetworkSpec {
        name: "hoodi",
        // eth-clients/hoodi metadata/config.yaml: DEPOSIT_CHAIN_ID, DEPOSIT_CONTRACT_ADDRESS (in genesis),
        // GENESIS_FORK_VERSION, CAPELLA_FORK_VERSION; metadata/genesis_validators_root.txt.
        chain_id: 560048,
        deposit_contract: Some(address!("00000000219ab540356cBB839Cbe05303d7705Fa")),
        deposit_contract_block: 0,
        genesis_fork_version: [0x10, 0x00, 0x09, 0x10],
        genesis_validators_root: Some(b256!("212f13fc4df078b6cb7db228f1c8307566dcecf900867401a92023d7ba99cb5f")),
        exit_fork_version: [0x40, 0x00, 0x09, 0x10],
        ankr_token: None,
        deposit_gated: false,
    },
    NetworkSpec {
        name: "sepolia",
        // eth-clients/sepolia metadata/config.yaml: DEPOSIT_CHAIN_ID, DEPOSIT_CONTRACT_ADDRESS,
        // GENESIS_FORK_VERSION, CAPELLA_FORK_VERSION; README.md "Genesis Validators Root"; the contract's
        // creation block from sepolia.etherscan.io.
        chain_id: 11155111,
        deposit_contract: Some(address!("7f02C3E3c98b133055B8B348B2Ac625669Ed295D")),
        deposit_contract_block: 1_273_020,
        genesis_fork_version: [0x90, 0x00, 0x00, 0x69],
        genesis_validators_root: Some(b256!("d8ea171f3c94aea21ebc42a1ed61052acf3f9209c00e4efbaaddac09ed9b8078")),
        exit_fork_version: [0x90, 0x00, 0x00, 0x72],
        ankr_token: None,
        // Sepolia's deposit contract only takes deposits from holders of its deposit token (eth-clients/sepolia
        // README: "permissioned validator set").
        deposit_gated: true,
    },
];

/// The beacon chains of every known network, for checking a deposit's name against its fork version.
pub static DEPOSIT_CHAINS: [BeaconChain; 4] = [
    BeaconChain::new(NETWORKS[0].name, NETWORKS[0].genesis_fork_version),
    BeaconChain::new(NETWORKS[1].name, NETWORKS[1].genesis_fork_version),
    BeaconChain::new(NETWORKS[2].name, NETWORKS[2].genesis_fork_version),
    BeaconChain::new(NETWORKS[3].name, NETWORKS[3].genesis_fork_version),
];

impl Network {
    /// Every network, for help texts.
    pub const ALL: [Network; 4] = [Network::Devnet, Network::Mainnet, Network::Hoodi, Network::Sepolia];

    /// Its row of the table.
    pub fn spec(self) -> &'static NetworkSpec {
        match self {
            Self::Devnet => &NETWORKS[0],
            Self::Mainnet => &NETWORKS[1],
            Self::Hoodi => &NETWORKS[2],
            Self::Sepolia => &NETWORKS[3],
        }
    }

    /// The EIP-155 chain id.
    pub fn chain_id(self) -> u64 {
        self.spec().chain_id
    }

    /// The network with this chain id, if stkr knows it.
    pub fn from_chain_id(chain_id: u64) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.chain_id() == chain_id)
    }

    /// Whether this is a public chain (anything but the local devnet): no mock is ever deployed on one.
    pub fn is_public(self) -> bool {
        self != Self::Devnet
    }

    /// The RPC URL used when none is given: a local node on the standard port.
    pub fn default_rpc_url(self) -> &'static str {
        "http://127.0.0.1:8545"
    }

    /// The real ANKR token where one exists; elsewhere `stkr deploy` deploys a test token (devnet only).
    pub fn ankr_token(self) -> Option<Address> {
        self.spec().ankr_token
    }

    /// The official beacon deposit contract; on the devnet stkr deploys its own.
    pub fn deposit_contract(self) -> Option<Address> {
        self.spec().deposit_contract
    }

    /// The beacon chain deposits on this network are signed for.
    pub fn deposit_chain(self) -> BeaconChain {
        BeaconChain::new(self.spec().name, self.spec().genesis_fork_version)
    }

    /// The domain voluntary exits are signed in, where the table knows the genesis_validators_root.
    pub fn exit_domain(self) -> Option<ExitDomain> {
        let spec = self.spec();
        spec.genesis_validators_root
            .map(|root| ExitDomain { fork_version: spec.exit_fork_version, genesis_validators_root: root.0 })
    }

    /// The network whose deposits carry this genesis fork version.
    pub fn from_fork_version(version: [u8; 4]) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.spec().genesis_fork_version == version)
    }

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        self.spec().name
    }
}

impl fmt::Display for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Network {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("holesky") {
            return Err(Error::UnknownNetwork(
                "holesky is retired (its validators exited in 2025); use hoodi, the staking testnet".into(),
            ));
        }
        Self::ALL.into_iter().find(|n| n.name().eq_ignore_ascii_case(s.trim())).ok_or_else(|| {
            Error::UnknownNetwork(format!("unknown network '{s}': use devnet, mainnet, hoodi or sepolia"))
        })
    }
}

/// The well-known development accounts of anvil (mnemonic "test test … junk"). Their keys are public on
/// purpose: they exist only on local devnets, which fund them.
pub mod dev_accounts {
    use alloy::primitives::{Address, address};

    /// The private key of development account 0, which deploys the devnet.
    pub const DEPLOYER_KEY: &str = KEYS[0];

    /// The private keys of the ten development accounts, in order; the devnet's demo actors use them.
    pub const KEYS: [&str; 10] = [
        "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
        "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
        "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
        "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
        "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
        "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
        "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
        "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
    ];

    /// The ten development accounts anvil funds with 10 000 ETH each.
    pub const ADDRESSES: [Address; 10] = [
        address!("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
        address!("70997970C51812dc3A010C7d01b50e0d17dc79C8"),
        address!("3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
        address!("90F79bf6EB2c4f870365E785982E1f101E93b906"),
        address!("15d34AAf54267DB7D7c367839AAf71A00a2C6A65"),
        address!("9965507D1a55bcC2695C58ba16FB37d819B0A4dc"),
        address!("976EA74026E726554dB657fA54763abd0C3a0aa9"),
        address!("14dC79964da2C08b23698B3D3cc7Ca32193d9955"),
        address!("23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"),
        address!("a0Ee7A142d267C1f36714E4a8F75612F20a79720"),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for network in Network::ALL {
            assert_eq!(network.name().parse::<Network>().ok(), Some(network));
            assert_eq!(Network::from_chain_id(network.chain_id()), Some(network));
        }
        assert_eq!("Mainnet".parse::<Network>().ok(), Some(Network::Mainnet));
    }

    #[test]
    fn unknown_network_says_which_exist() {
        let err = "goerli".parse::<Network>().err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("unknown network 'goerli': use devnet, mainnet, hoodi or sepolia"));
        let err = "holesky".parse::<Network>().err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("holesky is retired (its validators exited in 2025); use hoodi, the staking testnet")
        );
    }

    #[test]
    fn dev_keys_belong_to_the_dev_accounts() {
        for (key, address) in dev_accounts::KEYS.iter().zip(dev_accounts::ADDRESSES) {
            let signer: alloy::signers::local::PrivateKeySigner = key.parse().expect("the constant key parses");
            assert_eq!(signer.address(), address);
        }
    }
}
