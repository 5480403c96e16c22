using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// Windows DPAPI for the current user (CryptProtectData / CryptUnprotectData in crypt32), called directly so
/// the module needs no package: only this user, on this machine, can unprotect what it protects.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class Dpapi
{
    private const int UiForbidden = 0x1;

    // Extra entropy ties the blobs to this module: another program of the same user cannot unprotect them by accident.
    private static readonly byte[] Entropy = "WorkplaceAdmin.Link.v1"u8.ToArray();

    public static byte[] Protect(byte[] data) => Transform(data, protect: true);

    public static byte[] Unprotect(byte[] data) => Transform(data, protect: false);

    private static byte[] Transform(byte[] data, bool protect)
    {
        var input = Pin(data, out var inputHandle);
        var entropy = Pin(Entropy, out var entropyHandle);
        var output = default(DataBlob);
        try
        {
            var ok = protect
                ? CryptProtectData(ref input, null, ref entropy, IntPtr.Zero, IntPtr.Zero, UiForbidden, ref output)
                : CryptUnprotectData(ref input, IntPtr.Zero, ref entropy, IntPtr.Zero, IntPtr.Zero, UiForbidden, ref output);
            if (!ok)
                throw new Win32Exception(Marshal.GetLastWin32Error(), protect ? "DPAPI could not protect the secret." : "DPAPI could not unprotect the secret (was it saved by another user or on another machine?).");
            var result = new byte[output.Size];
            Marshal.Copy(output.Data, result, 0, result.Length);
            return result;
        }
        finally
        {
            inputHandle.Free();
            entropyHandle.Free();
            if (output.Data != IntPtr.Zero)
                LocalFree(output.Data);
        }
    }

    private static DataBlob Pin(byte[] bytes, out GCHandle handle)
    {
        handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        return new DataBlob { Size = bytes.Length, Data = handle.AddrOfPinnedObject() };
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct DataBlob
    {
        public int Size;
        public IntPtr Data;
    }

    [DllImport("crypt32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CryptProtectData(ref DataBlob dataIn, string? description, ref DataBlob entropy,
        IntPtr reserved, IntPtr prompt, int flags, ref DataBlob dataOut);

    [DllImport("crypt32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CryptUnprotectData(ref DataBlob dataIn, IntPtr description, ref DataBlob entropy,
        IntPtr reserved, IntPtr prompt, int flags, ref DataBlob dataOut);

    [DllImport("kernel32.dll")]
    private static extern IntPtr LocalFree(IntPtr memory);
}
