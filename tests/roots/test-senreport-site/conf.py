extensions = ["sphinx_senreport"]
senreport_today = "2026-10-01"
senreport_local_offer_url = "https://www.exampleshire.gov.uk/send-local-offer"
senreport_authority = "Exampleshire County Council"
