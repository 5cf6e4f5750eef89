# Builds network-advisor and installs it, with its manual page and shell completions.
#
#   make install                  into ~/.local (no administrator rights needed)
#   make install PREFIX=/usr/local   for everyone on the machine (may need sudo)
#   make uninstall                takes away what install put in place
#
# Only a Swift 6 toolchain is needed.

PREFIX ?= $(HOME)/.local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d

PROGRAM := network-advisor

.PHONY: build install uninstall

build:
	swift build -c release --product $(PROGRAM)

install: build
	mkdir -p "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	cp "$$(swift build -c release --show-bin-path)/$(PROGRAM)" "$(BINDIR)/$(PROGRAM)"
	chmod 755 "$(BINDIR)/$(PROGRAM)"
	"$(BINDIR)/$(PROGRAM)" man > "$(MANDIR)/$(PROGRAM).1"
	"$(BINDIR)/$(PROGRAM)" completions bash > "$(BASHDIR)/$(PROGRAM)"
	"$(BINDIR)/$(PROGRAM)" completions zsh > "$(ZSHDIR)/_$(PROGRAM)"
	"$(BINDIR)/$(PROGRAM)" completions fish > "$(FISHDIR)/$(PROGRAM).fish"
	@echo
	@echo "Installed $(BINDIR)/$(PROGRAM)."
	@case ":$$PATH:" in \
	  *":$(BINDIR):"*) echo "Try it: $(PROGRAM) --help" ;; \
	  *) echo "$(BINDIR) is not on your PATH yet. Add this line to ~/.bashrc (bash) or"; \
	     echo "~/.zshrc (zsh), then open a new terminal:"; \
	     echo "  export PATH=\"$(BINDIR):\$$PATH\"" ;; \
	esac

uninstall:
	rm -f "$(BINDIR)/$(PROGRAM)" "$(MANDIR)/$(PROGRAM).1" "$(BASHDIR)/$(PROGRAM)" \
	  "$(ZSHDIR)/_$(PROGRAM)" "$(FISHDIR)/$(PROGRAM).fish"
