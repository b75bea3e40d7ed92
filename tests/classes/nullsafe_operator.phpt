--TEST--
?-> on null and non-null values, chains and short-circuiting
--FILE--
<?php
class Address { public $city = "Paris"; function upper() { return strtoupper($this->city); } }
class User {
    public ?Address $address = null;
    function getAddress() { return $this->address; }
}
function trace($v) { echo "evaluated\n"; return $v; }
$u = new User;
var_dump($u->address?->city);
var_dump($u->getAddress()?->upper());
var_dump($u->getAddress()?->upper(trace(1)));
$u->address = new Address;
var_dump($u->address?->city);
var_dump($u->getAddress()?->upper());
$n = null;
var_dump($n?->a->b->c());
var_dump($n?->a['x']);
var_dump(isset($n?->a), empty($n?->a));
var_dump($u?->address?->city ?? 'none');
--EXPECT--
NULL
NULL
NULL
string(5) "Paris"
string(5) "PARIS"
NULL
NULL
bool(false)
bool(true)
string(5) "Paris"
