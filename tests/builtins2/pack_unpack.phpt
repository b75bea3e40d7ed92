--TEST--
pack/unpack: every format code, repeaters, names, warnings and ValueErrors
--FILE--
<?php
function show($s) { echo bin2hex($s), "\n"; }
show(pack("nvc*", 0x1234, 0x5678, 65, 66));
show(pack("a5A5Z5a*A*Z*", "ab", "cd", "ef", "xyz", "uv", "zz"));
show(pack("Z2", "aa")); show(pack("Z*", "")); show(pack("a", "")); show(pack("A3", "abcdef"));
show(pack("H*", "1f2e3D")); show(pack("h*", "1f2e3d")); show(pack("H3", "abcd")); show(pack("h5", "abcdef"));
show(pack("cCsSnviIlLNV", -1, 255, -2, 65535, 258, 258, -3, 3, -4, 4, 0x01020304, 0x01020304));
show(pack("qQJP", -5, 5, 0x0102030405060708, 0x0102030405060708));
show(pack("fgGdeE", 1.5, 1.5, 1.5, -2.25, -2.25, -2.25));
show(pack("x3X2@6a", "Z")); show(pack("a4X2a", "abcd", "Z")); show(pack("a2@1a", "xy", "z")); show(pack("X5a", "q")); show(pack("@0a", "q"));
show(pack("C3", 256, 257, "12abc")); show(pack("N", 4294967296 + 7)); show(pack("C", 3.9)); show(pack("c", true));
show(pack("x*X*@*a", "q"));
show(pack("C", 1, 2, 3));
show(pack("H*", "xyz"));
show(pack("H4", "a"));
foreach (["a", "C2", "Y", "N*a"] as $f) { try { pack($f, 1); pack($f); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
try { pack("C4", 1, 2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(unpack("nfirst/vsecond/c2chars", pack("nvc*", 0x1234, 0x5678, 65, -66)));
var_dump(unpack("C*", "abc"), unpack("C*x", "abc"), unpack("a3/A3/Z3/a*rest", "ab\0cd \0\0efghij"));
var_dump(unpack("H*hex/h*", "\x1f\x2e"), unpack("H3", "\xab\xcd"), unpack("h", "\xab"), unpack("H*", ""));
var_dump(unpack("q/Q/J/P", pack("qQJP", -5, -6, -7, -8)), unpack("l/L/N/V/i/I/s/S", pack("lLNViIsS", -1, -1, -1, -1, -1, -1, -1, -1)));
var_dump(unpack("f/g/G/d/e/E", pack("fgGdeE", 1.5, 0.1, -3.25, 0.1, 1e100, -0.0)));
var_dump(unpack("C", "abc", 1), unpack("C2x/Cy", "abc"), unpack("x/X/C", "ab"), unpack("@2/C", "abc"), unpack("@5/C", "abc"), unpack("X/C", "ab"), unpack("X*/C", "ab"));
var_dump(unpack("N", "ab"), unpack("C3", "ab"), unpack("a5", "ab"), unpack("Z*", "ab\0c"), unpack("A*", " ab \t\r\n\0"));
try { unpack("Y", "a"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { unpack("C", "a", 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { unpack("C", "a", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(unpack("C", "a", 1), unpack("C*", "a", 1), unpack("C99999999999", "a"), unpack("C2a/C2b", "abcd"), unpack("c1/c1a", "ab"), unpack("a0x", "ab"));
--EXPECTF--
123478564142
61620000006364202020656600000078797a75767a7a00
6100
00
00
616263
1f2e3d
f1e2d3
abc0
badc0e
fffffeffffff01020201fdffffff03000000fcffffff040000000102030404030201
fbffffffffffffff050000000000000001020304050607080807060504030201
0000c03f0000c03f3fc0000000000000000002c000000000000002c0c002000000000000
0000000000005a
61625a
787a

Warning: pack(): Type X: outside of string in %spack_unpack.php on line 10
71
71
00010c
00000007
03
01

Warning: pack(): Type x: '*' ignored in %spack_unpack.php on line 12

Warning: pack(): Type X: '*' ignored in %spack_unpack.php on line 12

Warning: pack(): Type @: '*' ignored in %spack_unpack.php on line 12
0071

Warning: pack(): 2 arguments unused in %spack_unpack.php on line 13
01

Warning: pack(): Type H: illegal hex digit x in %spack_unpack.php on line 14

Warning: pack(): Type H: illegal hex digit y in %spack_unpack.php on line 14

Warning: pack(): Type H: illegal hex digit z in %spack_unpack.php on line 14
0000

Warning: pack(): Type H: not enough characters in string in %spack_unpack.php on line 15
a0
ValueError: Type a: not enough arguments
ValueError: Type C: too few arguments
ValueError: Type Y: unknown format code
ValueError: Type a: not enough arguments
Type C: too few arguments
array(4) {
  ["first"]=>
  int(4660)
  ["second"]=>
  int(22136)
  ["chars1"]=>
  int(65)
  ["chars2"]=>
  int(-66)
}
array(3) {
  [1]=>
  int(97)
  [2]=>
  int(98)
  [3]=>
  int(99)
}
array(3) {
  ["x1"]=>
  int(97)
  ["x2"]=>
  int(98)
  ["x3"]=>
  int(99)
}
array(2) {
  [1]=>
  string(0) ""
  ["rest"]=>
  string(5) "fghij"
}
array(2) {
  ["hex"]=>
  string(4) "1f2e"
  [1]=>
  string(4) "f1e2"
}
array(1) {
  [1]=>
  string(3) "abc"
}
array(1) {
  [1]=>
  string(1) "b"
}
array(1) {
  [1]=>
  string(0) ""
}
array(1) {
  [1]=>
  int(-8)
}
array(1) {
  [1]=>
  int(65535)
}
array(1) {
  [1]=>
  float(-0)
}

Warning: unpack(): Type @: outside of string in %spack_unpack.php on line 23

Warning: unpack(): Type X: '*' ignored in %spack_unpack.php on line 23
array(1) {
  [1]=>
  int(98)
}
array(3) {
  ["x1"]=>
  int(97)
  ["x2"]=>
  int(98)
  ["y"]=>
  int(99)
}
array(1) {
  [1]=>
  int(97)
}
array(1) {
  [1]=>
  int(99)
}
array(1) {
  [1]=>
  int(97)
}
array(1) {
  [1]=>
  int(97)
}
array(1) {
  [1]=>
  int(97)
}

Warning: unpack(): Type N: not enough input, need 4, have 2 in %spack_unpack.php on line 24

Warning: unpack(): Type C: not enough input, need 1, have 0 in %spack_unpack.php on line 24

Warning: unpack(): Type a: not enough input, need 5, have 2 in %spack_unpack.php on line 24
bool(false)
bool(false)
bool(false)
array(1) {
  [1]=>
  string(2) "ab"
}
array(1) {
  [1]=>
  string(3) " ab"
}
Invalid format type Y
unpack(): Argument #3 ($offset) must be contained in argument #2 ($data)
unpack(): Argument #3 ($offset) must be contained in argument #2 ($data)

Warning: unpack(): Type C: not enough input, need 1, have 0 in %spack_unpack.php on line 28

Warning: unpack(): Type C: integer overflow in %spack_unpack.php on line 28
bool(false)
array(0) {
}
bool(false)
array(4) {
  ["a1"]=>
  int(97)
  ["a2"]=>
  int(98)
  ["b1"]=>
  int(99)
  ["b2"]=>
  int(100)
}
array(2) {
  [1]=>
  int(97)
  ["a"]=>
  int(98)
}
array(1) {
  ["x"]=>
  string(0) ""
}
