--TEST--
an event dispatcher with listener interfaces, closures, priorities and propagation
--FILE--
<?php
interface Event { public function name(): string; }
interface StoppableEvent extends Event { public function isPropagationStopped(): bool; }
interface Listener { public function handle(Event $e): void; }

abstract class BaseEvent implements StoppableEvent {
    private bool $stopped = false;
    public function name(): string { return static::class; }
    public function stop(): void { $this->stopped = true; }
    public function isPropagationStopped(): bool { return $this->stopped; }
}
final class UserRegistered extends BaseEvent {
    public array $log = [];
    public function __construct(public readonly string $user) {}
}
final class OrderPlaced extends BaseEvent {
    public function __construct(public readonly int $total, public array $notes = []) {}
}

class Dispatcher {
    private array $listeners = [];
    private int $seq = 0;
    public function on(string $event, callable|Listener $l, int $priority = 0): static {
        $this->listeners[$event][] = [$priority, $this->seq++, $l instanceof Listener ? $l->handle(...) : $l];
        return $this;
    }
    public function dispatch(Event $e): Event {
        $ls = $this->listeners[$e->name()] ?? [];
        usort($ls, fn($a, $b) => [$b[0], $a[1]] <=> [$a[0], $b[1]]);
        foreach ($ls as [$prio, , $fn]) {
            if ($e instanceof StoppableEvent && $e->isPropagationStopped()) {
                echo "  (propagation stopped before priority $prio)\n";
                break;
            }
            $fn($e);
        }
        return $e;
    }
    public function count(): int { return array_sum(array_map('count', $this->listeners)); }
}

class WelcomeMailer implements Listener {
    public array $sent = [];
    public function handle(Event $e): void {
        $this->sent[] = $e->user;
        $e->log[] = "mail:" . $e->user;
        echo "  mailer: welcome {$e->user}\n";
    }
}

class Audit {
    private static array $entries = [];
    public static function record(Event $e): void { self::$entries[] = (new ClassNameOf)($e); }
    public static function entries(): array { return self::$entries; }
}
class ClassNameOf { public function __invoke(object $o): string { return get_class($o); } }

$mailer = new WelcomeMailer;
$d = new Dispatcher;
$d->on(UserRegistered::class, $mailer)
  ->on(UserRegistered::class, function (UserRegistered $e) { $e->log[] = "high"; echo "  high priority for {$e->user}\n"; }, 10)
  ->on(UserRegistered::class, Audit::record(...), -5)
  ->on(OrderPlaced::class, function (OrderPlaced $e) {
        echo "  checking order of {$e->total}\n";
        if ($e->total > 1000) { $e->notes[] = "needs review"; $e->stop(); }
    }, 5)
  ->on(OrderPlaced::class, new class implements Listener {
        public function handle(Event $e): void { $e->notes[] = "shipped"; echo "  shipping order\n"; }
    })
  ->on(OrderPlaced::class, [Audit::class, 'record'], -1);

echo "listeners: ", $d->count(), "\n";
foreach (['ann', 'bob'] as $u) {
    echo "register $u\n";
    $e = $d->dispatch(new UserRegistered($u));
    echo "  log: ", implode(",", $e->log), "\n";
}
foreach ([250, 5000] as $total) {
    echo "order $total\n";
    $o = $d->dispatch(new OrderPlaced($total));
    echo "  notes: ", implode(",", $o->notes) ?: "-", " stopped=", var_export($o->isPropagationStopped(), true), "\n";
}
$anon = $d->dispatch(new class extends BaseEvent {});
echo "nobody listens: ", $anon->isPropagationStopped() ? "stopped" : "not stopped", "\n";
echo "mailer sent: ", implode(",", $mailer->sent), "\n";
print_r(Audit::entries());
--EXPECT--
listeners: 6
register ann
  high priority for ann
  mailer: welcome ann
  log: high,mail:ann
register bob
  high priority for bob
  mailer: welcome bob
  log: high,mail:bob
order 250
  checking order of 250
  shipping order
  notes: shipped stopped=false
order 5000
  checking order of 5000
  (propagation stopped before priority 0)
  notes: needs review stopped=true
nobody listens: not stopped
mailer sent: ann,bob
Array
(
    [0] => UserRegistered
    [1] => UserRegistered
    [2] => OrderPlaced
)
