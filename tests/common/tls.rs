//! A real TLS endpoint in front of a plain HTTP one, with a certificate authority made in the test.

use std::{net::SocketAddr, path::Path, sync::Arc};

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::{
    TlsAcceptor,
    rustls::{
        ServerConfig,
        pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer},
    },
};

/// A certificate authority: its certificate (PEM) and the issuer that signs server certificates.
pub struct TestCa {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl TestCa {
    pub fn new(name: &str) -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        let key = KeyPair::generate().expect("CA key");
        Self { issuer: CertifiedIssuer::self_signed(params, key).expect("self-signed CA") }
    }

    /// Write the CA certificate as a PEM file (what SSL_CERT_FILE points at).
    pub fn write_pem(&self, path: &Path) {
        std::fs::write(path, self.issuer.pem()).expect("write the CA certificate");
    }
}

/// A TLS server on a free loopback port whose certificate (issued by `ca` for `names`) fronts
/// `backend`: every connection's bytes are forwarded both ways. Stops when dropped.
pub struct TlsProxy {
    pub port: u16,
    runtime: Option<tokio::runtime::Runtime>,
}

impl TlsProxy {
    pub fn start(ca: &TestCa, names: &[&str], backend: SocketAddr) -> Self {
        let key = KeyPair::generate().expect("server key");
        let params = CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
            .expect("server certificate params");
        let cert = params.signed_by(&key, &ca.issuer).expect("server certificate");
        let chain: Vec<CertificateDer<'static>> = vec![cert.der().clone(), ca.issuer.der().clone()];
        let private = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let config = ServerConfig::builder().with_no_client_auth().with_single_cert(chain, private).expect("config");
        let acceptor = TlsAcceptor::from(Arc::new(config));

        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the proxy");
        let listener = runtime.block_on(TcpListener::bind("127.0.0.1:0")).expect("bind the proxy");
        let port = listener.local_addr().expect("address").port();
        runtime.spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    // A client that refuses the certificate ends the handshake: nothing to forward.
                    let Ok(mut tls) = acceptor.accept(client).await else { return };
                    let Ok(mut upstream) = TcpStream::connect(backend).await else { return };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut upstream).await;
                });
            }
        });
        Self { port, runtime: Some(runtime) }
    }
}

impl Drop for TlsProxy {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}
