"""Short messages of our own, shared by the tests."""

REJECTION_ACME = b"""From: Ana Ruiz <ana.ruiz@acme.example>
To: Sam Lee <sam.lee@example.org>
Subject: Your application for Data Engineer at Acme
Date: Mon, 04 Mar 2024 10:00:00 +0000
Message-ID: <rej-1@acme.example>
References: <app-0@example.org>

Hi Sam,

Thank you for applying for the Data Engineer position at Acme and for taking the time to speak with us.

After careful consideration, we have decided to move forward with other candidates whose experience more
closely matches our needs.

We wish you the best of luck in your job search.

Best regards,
Ana Ruiz
Talent Acquisition, Acme
"""

REJECTION_BRIGHTWAVE = b"""From: Tom Becker <tom.becker@brightwave.example>
To: Sam Lee <sam.lee@example.org>
Subject: Product Designer role at Brightwave
Date: Wed, 06 Mar 2024 09:30:00 +0000
Message-ID: <rej-2@brightwave.example>

Hi Sam,

Thanks again for your interest in the Product Designer role at Brightwave. Unfortunately, we will not be moving
forward with your application at this time.

We appreciate the time you invested and wish you all the best.

Kind regards,
Tom Becker
"""

LUNCH = b"""From: Ben Ortiz <ben@example.net>
To: Sam Lee <sam.lee@example.org>
Subject: Lunch on Friday?
Date: Tue, 05 Mar 2024 12:00:00 +0000
Message-ID: <lunch-1@example.net>

Hi Sam,

Are you free for lunch on Friday at noon? The new place on Main Street looks good.

Ben
"""

INVITE = b"""From: Dana Kirk <dana.kirk@northwind.example>
To: Sam Lee <sam.lee@example.org>
Subject: Interview for the Data Analyst role
Date: Thu, 07 Mar 2024 08:00:00 +0000
Message-ID: <invite-1@northwind.example>

Hi Sam,

Thanks for applying to the Data Analyst role. We'd love to invite you to a first interview next week.
Could you share two or three times that suit you?

Best,
Dana
"""

SAM_REPLY = b"""From: Sam Lee <sam.lee@example.org>
To: Ana Ruiz <ana.ruiz@acme.example>
Subject: Re: Your application for Data Engineer at Acme
Date: Tue, 05 Mar 2024 10:00:00 +0000
Message-ID: <reply-1@example.org>
In-Reply-To: <rej-1@acme.example>
References: <app-0@example.org> <rej-1@acme.example>

Hi Ana, thank you for letting me know.

Sam
"""

APPLICATION = b"""From: Sam Lee <sam.lee@example.org>
To: jobs@acme.example
Subject: Your application for Data Engineer at Acme
Date: Sun, 03 Mar 2024 10:00:00 +0000
Message-ID: <app-0@example.org>

Hello, please find my CV attached.
"""
