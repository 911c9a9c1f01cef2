//! The networks stkr knows: chain ids, default RPC endpoints and the addresses that exist before stkr does.

use std::{fmt, str::FromStr};

use alloy::primitives::{Address, address};
use serde::Serialize;

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
    /// The Holesky testnet.
    Holesky,
    /// The Sepolia testnet.
    Sepolia,
}

impl Network {
    /// Every network, for help texts.
    pub const ALL: [Network; 4] = [Network::Devnet, Network::Mainnet, Network::Holesky, Network::Sepolia];

    /// The EIP-155 chain id.
    pub fn chain_id(self) -> u64 {
        match self {
            Self::Devnet => 31337,
            Self::Mainnet => 1,
            Self::Holesky => 17000,
            Self::Sepolia => 11155111,
        }
    }

    /// The network with this chain id, if stkr knows it.
    pub fn from_chain_id(chain_id: u64) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.chain_id() == chain_id)
    }

    /// The RPC URL used when none is given.
    pub fn default_rpc_url(self) -> &'static str {
        match self {
            Self::Devnet => "http://127.0.0.1:8545",
            Self::Mainnet | Self::Holesky | Self::Sepolia => "http://127.0.0.1:8545",
        }
    }

    /// The real ANKR token where one exists; elsewhere `stkr deploy` deploys a test token.
    pub fn ankr_token(self) -> Option<Address> {
        match self {
            Self::Mainnet => Some(address!("8290333ceF9e6D528dD5618Fb97a76f268f3EDD4")),
            Self::Devnet | Self::Holesky | Self::Sepolia => None,
        }
    }

    /// The official beacon deposit contract; on the devnet stkr deploys its own.
    pub fn deposit_contract(self) -> Option<Address> {
        match self {
            Self::Mainnet => Some(address!("00000000219ab540356cBB839Cbe05303d7705Fa")),
            Self::Holesky => Some(address!("4242424242424242424242424242424242424242")),
            Self::Sepolia => Some(address!("7f02C3E3c98b133055B8B348B2Ac625669Ed295D")),
            Self::Devnet => None,
        }
    }

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Devnet => "devnet",
            Self::Mainnet => "mainnet",
            Self::Holesky => "holesky",
            Self::Sepolia => "sepolia",
        }
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
        Self::ALL
            .into_iter()
            .find(|n| n.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::UnknownNetwork(s.to_string()))
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
        assert_eq!(err.as_deref(), Some("unknown network 'goerli': use devnet, mainnet, holesky or sepolia"));
    }

    #[test]
    fn dev_keys_belong_to_the_dev_accounts() {
        for (key, address) in dev_accounts::KEYS.iter().zip(dev_accounts::ADDRESSES) {
            let signer: alloy::signers::local::PrivateKeySigner = key.parse().expect("the constant key parses");
            assert_eq!(signer.address(), address);
        }
    }
}
