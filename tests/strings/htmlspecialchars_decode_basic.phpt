--TEST--
htmlspecialchars_decode() only decodes the special characters
--FILE--
<?php
var_dump(htmlspecialchars_decode("&lt;b&gt; &amp;amp; &quot;q&quot; &#039;s&#039; &#39; &#x27; &apos;"));
var_dump(htmlspecialchars_decode("&#60; &#x3C; &#65; &eacute;"));
var_dump(htmlspecialchars_decode("&quot; &#039;", ENT_NOQUOTES));
var_dump(htmlspecialchars_decode("&quot; &#039;", ENT_COMPAT));
var_dump(htmlspecialchars_decode("&apos;", ENT_QUOTES | ENT_HTML5));
--EXPECT--
string(28) "<b> &amp; "q" 's' ' ' &apos;"
string(18) "< < &#65; &eacute;"
string(13) "&quot; &#039;"
string(8) "" &#039;"
string(1) "'"
