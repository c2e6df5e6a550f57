//! This machine's addresses on the local network, for the join URLs.

use std::net::IpAddr;

/// The IPv4 addresses of the network interfaces that are up, loopback left out; the
/// loopback address when there is none.
pub fn lan_addresses() -> Vec<IpAddr> {
    let mut found = interface_addresses();
    found.retain(|ip| !ip.is_loopback() && ip.is_ipv4());
    found.sort();
    found.dedup();
    if found.is_empty() {
        found.push(IpAddr::from([127, 0, 0, 1]));
    }
    found
}

#[cfg(unix)]
fn interface_addresses() -> Vec<IpAddr> {
    let mut found = Vec::new();
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a linked list that we only read, and free once
    // with freeifaddrs.
    unsafe {
        if libc::getifaddrs(&mut list) != 0 {
            return found;
        }
        let mut at = list;
        while !at.is_null() {
            let entry = &*at;
            let up = entry.ifa_flags & (libc::IFF_UP as libc::c_uint) != 0;
            if up
                && !entry.ifa_addr.is_null()
                && i32::from((*entry.ifa_addr).sa_family) == libc::AF_INET
            {
                let v4 = &*(entry.ifa_addr as *const libc::sockaddr_in);
                found.push(IpAddr::from(u32::from_be(v4.sin_addr.s_addr).to_be_bytes()));
            }
            at = entry.ifa_next;
        }
        libc::freeifaddrs(list);
    }
    found
}

#[cfg(not(unix))]
fn interface_addresses() -> Vec<IpAddr> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    #[test]
    fn there_is_always_an_address_to_print() {
        let found = super::lan_addresses();
        assert!(!found.is_empty());
        assert!(found.iter().all(|ip| ip.is_ipv4()));
    }
}
