import { describe, expect, it } from "vitest";
import { judgeAddress } from "./address-policy";

describe("judgeAddress", () => {
  it.each([
    ["127.0.0.1", "internal"],
    ["127.255.0.9", "internal"],
    ["0.0.0.0", "internal"],
    ["10.0.0.1", "internal"],
    ["172.16.0.1", "internal"],
    ["192.168.0.1", "internal"],
    ["169.254.169.254", "internal"],
    ["100.64.0.1", "internal"],
    ["224.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["240.0.0.1", "reserved"],
    ["::1", "internal"],
    ["[::1]", "internal"],
    ["::", "internal"],
    ["fe80::1", "internal"],
    ["fd00::1", "internal"],
    ["fc00::1", "internal"],
    ["::ffff:127.0.0.1", "internal"],
    ["::ffff:7f00:1", "internal"],
    ["::127.0.0.1", "internal"],
    ["::ffff:10.0.0.1", "internal"],
    ["::ffff:169.254.169.254", "internal"],
    ["ff02::1", "reserved"],
    ["2001:db8::1", "reserved"],
    ["64:ff9b::7f00:1", "reserved"],
    ["2002:7f00:1::1", "reserved"],
    ["example.com", "invalid"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(judgeAddress(address)).toEqual({ ok: false, reason });
  });

  it.each([
    ["93.184.216.34", "93.184.216.34", 4],
    ["8.8.8.8", "8.8.8.8", 4],
    ["2606:4700::1", "2606:4700::1", 6],
    // A mapped public address is connected to as the IPv4 address it names.
    ["::ffff:8.8.8.8", "8.8.8.8", 4],
  ])("allows %s", (address, normal, family) => {
    expect(judgeAddress(address)).toEqual({ ok: true, address: normal, family });
  });
});
