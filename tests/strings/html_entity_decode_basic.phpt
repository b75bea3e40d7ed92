--TEST--
html_entity_decode() decodes named and numeric entities
--FILE--
<?php
var_dump(html_entity_decode("&eacute;&hellip;&copy;&euro; &lt;&gt;&amp;"));
var_dump(html_entity_decode("&#65;&#x42;&#x10FFFF;&#0;&#128;&#xD800;&#1114112;"));
var_dump(html_entity_decode("&apos; &quot; &#039;"));
var_dump(html_entity_decode("&apos;", ENT_QUOTES | ENT_XHTML));
var_dump(html_entity_decode("&nbsp &bogus; &amp"));
var_dump(bin2hex(html_entity_decode("&nbsp;")));
var_dump(bin2hex(html_entity_decode("&eacute;&euro;", ENT_QUOTES, "ISO-8859-1")));
var_dump(html_entity_decode("&quot;", ENT_NOQUOTES));
--EXPECT--
string(14) "é…©€ <>&"
string(34) "AB􏿿&#0;&#128;&#xD800;&#1114112;"
string(10) "&apos; " '"
string(1) "'"
string(18) "&nbsp &bogus; &amp"
string(4) "c2a0"
string(14) "e9266575726f3b"
string(6) "&quot;"
