--TEST--
a typed collection implementing ArrayAccess, IteratorAggregate, Countable and JsonSerializable
--FILE--
<?php
/**
 * @template T
 */
class TypedCollection implements ArrayAccess, IteratorAggregate, Countable, JsonSerializable {
    private array $items = [];
    public function __construct(private string $type, iterable $items = []) {
        foreach ($items as $k => $v) $this->offsetSet(is_int($k) ? null : $k, $v);
    }
    private function check(mixed $v): void {
        if (!($v instanceof $this->type)) {
            throw new InvalidArgumentException(sprintf("Expected %s, got %s", $this->type, get_debug_type($v)));
        }
    }
    public function offsetExists(mixed $k): bool { return isset($this->items[$k]); }
    public function offsetGet(mixed $k): mixed {
        if (!array_key_exists($k, $this->items)) throw new OutOfBoundsException("No item at '$k'");
        return $this->items[$k];
    }
    public function offsetSet(mixed $k, mixed $v): void {
        $this->check($v);
        if ($k === null) $this->items[] = $v; else $this->items[$k] = $v;
    }
    public function offsetUnset(mixed $k): void { unset($this->items[$k]); }
    public function getIterator(): Iterator { return new ArrayIterator($this->items); }
    public function count(): int { return count($this->items); }
    public function jsonSerialize(): mixed { return array_map(fn($i) => $i instanceof JsonSerializable ? $i->jsonSerialize() : (array) $i, $this->items); }
    public function map(callable $f): array { return array_map($f, $this->items); }
    public function filter(callable $f): static { return new static($this->type, array_filter($this->items, $f)); }
    public function sortBy(callable $key): static {
        $copy = $this->items;
        uasort($copy, fn($a, $b) => $key($a) <=> $key($b));
        return new static($this->type, $copy);
    }
    public function reduce(callable $f, mixed $init = null): mixed { return array_reduce($this->items, $f, $init); }
}

class Product implements JsonSerializable {
    public function __construct(public readonly string $sku, public readonly string $name, public readonly int $price) {}
    public function jsonSerialize(): array { return ['sku' => $this->sku, 'price' => $this->price]; }
}

$c = new TypedCollection(Product::class, [
    new Product("A1", "Apple", 120),
    new Product("B2", "Bread", 250),
]);
$c['milk'] = new Product("M3", "Milk", 99);
$c[] = new Product("C4", "Cheese", 480);
echo count($c), " items\n";
foreach ($c as $key => $p) echo str_pad((string) $key, 5), $p->name, " ", $p->price, "\n";
echo $c['milk']->name, "\n";
var_dump(isset($c['milk']), isset($c['nope']), empty($c[0]));
unset($c[0]);
echo count($c), " after unset\n";
try { $c[] = new stdClass; } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
try { $c['x'] = "string"; } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
try { $c[0]; } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }
echo implode(",", $c->map(fn(Product $p) => $p->sku)), "\n";
$cheap = $c->filter(fn(Product $p) => $p->price < 300);
echo get_class($cheap), " with ", count($cheap), "\n";
foreach ($c->sortBy(fn($p) => $p->price) as $k => $p) echo "$k:{$p->price} ";
echo "\n";
echo "total: ", $c->reduce(fn($carry, $p) => $carry + $p->price, 0), "\n";
echo json_encode($c), "\n";
echo json_encode(new TypedCollection(Product::class)), "\n";
var_dump($c instanceof Traversable, is_countable($c), is_iterable($c));
--EXPECT--
4 items
0    Apple 120
1    Bread 250
milk Milk 99
2    Cheese 480
Milk
bool(true)
bool(false)
bool(false)
3 after unset
Expected Product, got stdClass
Expected Product, got string
No item at '0'
B2,M3,C4
TypedCollection with 2
milk:99 0:250 1:480 
total: 829
{"1":{"sku":"B2","price":250},"milk":{"sku":"M3","price":99},"2":{"sku":"C4","price":480}}
[]
bool(true)
bool(true)
bool(true)
