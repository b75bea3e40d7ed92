--TEST--
uuencode, quoted-printable round trips, ip2long/long2ip, inet_pton/inet_ntop, shell escaping
--FILE--
<?php
$samples = ["", "a", "ab", "abc", "abcd", "Hello, World!", str_repeat("x", 44), str_repeat("y", 45), str_repeat("z", 46), str_repeat("0123456789", 20), "\0\1\2\xff\xfe", "test\r\nline = two \r\n  end", "é ü 日本語 " . str_repeat("é", 40), str_repeat("a", 74) . "=" . "bcd", "tab\there \x7f end "];
foreach ($samples as $s) {
  $u = convert_uuencode($s);
  echo json_encode($u), " ", var_export(convert_uudecode($u) === $s, true), "\n";
  $q = quoted_printable_encode($s);
  echo json_encode($q), " ", var_export(quoted_printable_decode($q) === $s, true), "\n";
}
var_dump(quoted_printable_decode("a=3Db=\r\nc= \r\nd=\ne=XYf=4"), quoted_printable_decode("=41=4x= "), quoted_printable_decode("ab\0cd"));
var_dump(convert_uudecode(""), convert_uudecode("!!!!"), convert_uudecode("x"), convert_uudecode("`\n"), convert_uudecode("#86)C\n`\n"));
var_dump(convert_uuencode(""));
var_dump(ip2long("192.168.1.1"), ip2long("255.255.255.255"), ip2long("0.0.0.0"), ip2long("1.2.3"), ip2long("256.1.1.1"), ip2long(""), ip2long(" 1.2.3.4"), ip2long("01.2.3.4"), ip2long("1.2.3.4 "));
var_dump(long2ip(3232235777), long2ip(-1), long2ip(0), long2ip(4294967296 + 5));
var_dump(bin2hex(inet_pton("127.0.0.1")), bin2hex(inet_pton("::1")), bin2hex(inet_pton("2001:db8::ff00:42:8329")), inet_pton("nope"), inet_pton("1.2.3.256"), bin2hex(inet_pton("::ffff:1.2.3.4")));
var_dump(inet_ntop(inet_pton("127.0.0.1")), inet_ntop(inet_pton("2001:db8::ff00:42:8329")), inet_ntop("abc"), inet_ntop(str_repeat("\0", 16)), inet_ntop(inet_pton("::ffff:1.2.3.4")));
var_dump(escapeshellarg("a b"), escapeshellarg("'"), escapeshellcmd("ls -l | grep 'x' > \"y\" & `id` \$HOME \\ a'b"), escapeshellcmd("\"unpaired 'one\" x"));
--EXPECTF--
"`\n" true
"" true
"!80``\n`\n" true
"a" true
"\"86(`\n`\n" true
"ab" true
"#86)C\n`\n" true
"abc" true
"$86)C9```\n`\n" true
"abcd" true
"-2&5L;&\\L(%=O<FQD(0``\n`\n" true
"Hello, World!" true
"L>'AX>'AX>'AX>'AX>'AX>'AX>'AX>'AX>'AX>'AX>'AX>'AX>'AX>'AX>'@`\n`\n" true
"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" true
"M>7EY>7EY>7EY>7EY>7EY>7EY>7EY>7EY>7EY>7EY>7EY>7EY>7EY>7EY>7EY\n`\n" true
"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy" true
"M>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ>GIZ\n!>@``\n`\n" true
"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" true
"M,#$R,S0U-C<X.3`Q,C,T-38W.#DP,3(S-#4V-S@Y,#$R,S0U-C<X.3`Q,C,T\nM-38W.#DP,3(S-#4V-S@Y,#$R,S0U-C<X.3`Q,C,T-38W.#DP,3(S-#4V-S@Y\nM,#$R,S0U-C<X.3`Q,C,T-38W.#DP,3(S-#4V-S@Y,#$R,S0U-C<X.3`Q,C,T\nM-38W.#DP,3(S-#4V-S@Y,#$R,S0U-C<X.3`Q,C,T-38W.#DP,3(S-#4V-S@Y\n4,#$R,S0U-C<X.3`Q,C,T-38W.#D`\n`\n" true
"012345678901234567890123456789012345678901234567890123456789012345678901234=\r\n567890123456789012345678901234567890123456789012345678901234567890123456789=\r\n01234567890123456789012345678901234567890123456789" true
"%``$\"__X`\n`\n" true
"=00=01=02=FF=FE" true
"8=&5S=`T*;&EN92`]('1W;R`-\"B`@96YD\n`\n" true
"test\r\nline =3D two=20\r\n  end" true
"MPZD@P[P@YI>EYIRLZ*J>(,.IPZG#J<.IPZG#J<.IPZG#J<.IPZG#J<.IPZG#\nMJ<.IPZG#J<.IPZG#J<.IPZG#J<.IPZG#J<.IPZG#J<.IPZG#J<.IPZG#J<.I\n&PZG#J<.I\n`\n" true
"=C3=A9 =C3=BC =E6=97=A5=E6=9C=AC=E8=AA=9E =C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=\r\n=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=\r\n=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=\r\n=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9=C3=A9" true
"M86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A86%A\nA86%A86%A86%A86%A86%A86%A86%A86%A86%A86$]8F-D\n`\n" true
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=\r\n=3Dbcd" true
"\/=&%B\"6AE<F4@?R!E;F0@\n`\n" true
"tab=09here =7F end " true
string(12) "a=bcde=XYf=4"
string(4) "A=4x"
string(2) "ab"

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %sstrings_encodings.php on line 10

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %sstrings_encodings.php on line 10

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %sstrings_encodings.php on line 10
bool(false)
bool(false)
bool(false)
string(0) ""
string(3) "abc"
string(2) "`
"
int(3232235777)
int(4294967295)
int(0)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
string(11) "192.168.1.1"
string(15) "255.255.255.255"
string(7) "0.0.0.0"
string(7) "0.0.0.5"
string(8) "7f000001"
string(32) "00000000000000000000000000000001"
string(32) "20010db8000000000000ff0000428329"
bool(false)
bool(false)
string(32) "00000000000000000000ffff01020304"
string(9) "127.0.0.1"
string(22) "2001:db8::ff00:42:8329"
bool(false)
string(2) "::"
string(14) "::ffff:1.2.3.4"
string(5) "'a b'"
string(6) "''\'''"
string(49) "ls -l \| grep 'x' \> "y" \& \`id\` \$HOME \\ a\'b"
string(18) ""unpaired \'one" x"
